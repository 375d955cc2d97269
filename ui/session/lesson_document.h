#pragma once

#include "io/error.h"
#include "io/lesson.h"
#include "ui/render/stage_frame.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>

namespace convstep {

// The lesson being edited: its problem (which may be invalid while the user is part-way
// through a change), title and note, file and undo history. Every edit is an undo command.
class LessonDocument final : public QObject
{
    Q_OBJECT

public:
    explicit LessonDocument(QObject *parent = nullptr);
    ~LessonDocument() override;

    const Lesson &lesson() const { return m_lesson; }
    const Problem &problem() const { return m_lesson.problem; }
    QUndoStack *undoStack() { return &m_undo; }

    // Replaces the whole lesson (open, new, restore); clears the undo history. A restored
    // autosave stays modified so that it is saved again and the user is asked on quitting.
    void load(const Lesson &lesson, const QString &filePath = QString(), bool modified = false);
    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }

    // Undoable edits. `mergeKey` lets a run of edits of one control (a spin box being
    // stepped) collapse into one undo entry; empty means never merge.
    void editProblem(const Problem &problem, const QString &description,
                     const QString &mergeKey = QString());
    void setInputValue(Cell cell, double value);
    void setKernelValue(Cell cell, double value);
    void setCellValue(StageCell cell, double value); // Source = input cell, Kernel = kernel cell

    // Where playback was, saved with the lesson (not undoable).
    void setPlaybackPosition(View view, int step);

    // Writes the lesson atomically; on success the document is clean and remembers the path.
    std::optional<Error> saveAs(const QString &filePath);
    QByteArray toBytes() const;

signals:
    void problemChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    friend class ProblemCommand;
    void apply(const Problem &problem);

    Lesson m_lesson;
    QString m_filePath;
    QUndoStack m_undo;
};

} // namespace convstep
