#pragma once

#include "ui/session/lesson_document.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace convstep {

// Lessons → Lesson Properties…: the title and the note of the current lesson (and the title
// of its sequence), within the caps the file format sets. OK writes them to the document as
// one undoable edit, which also says the note describes the problem as it now is.
class LessonPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LessonPropertiesDialog(LessonDocument *document, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *sequenceTitleEdit() const { return m_sequenceTitle; } // null for one lesson
    LessonText text() const;

    void accept() override;

private:
    void keepNoteWithinCap();

    LessonDocument *m_document = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_sequenceTitle = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace convstep
