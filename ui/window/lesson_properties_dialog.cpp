#include "ui/window/lesson_properties_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace convstep {

LessonPropertiesDialog::LessonPropertiesDialog(LessonDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("lessonPropertiesDialog"));
    setWindowTitle(tr("Lesson Properties"));
    const LessonText text = document->text();
    auto *column = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    column->addLayout(form);

    if (document->file().isSequence) {
        m_sequenceTitle = new QLineEdit(text.sequenceTitle, this);
        m_sequenceTitle->setObjectName(QStringLiteral("sequenceTitle"));
        m_sequenceTitle->setMaxLength(limits::maxTitleLength);
        form->addRow(tr("&Sequence title:"), m_sequenceTitle);
        form->addRow(QString(),
                     new QLabel(tr("Lesson %1 of %2 in the sequence:")
                                    .arg(document->lessonIndex() + 1)
                                    .arg(document->lessonCount()),
                                this));
    }
    m_title = new QLineEdit(text.title, this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setMaxLength(limits::maxTitleLength);
    m_title->setPlaceholderText(tr("Shown over the stage and in the window's title"));
    form->addRow(tr("&Title:"), m_title);

    m_note = new QPlainTextEdit(text.note, this);
    m_note->setObjectName(QStringLiteral("lessonNote"));
    m_note->setPlaceholderText(tr("What to look for in this problem; shown in the Explanation"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_note);
    m_count = new QLabel(this);
    m_count->setAlignment(Qt::AlignRight);
    form->addRow(QString(), m_count);
    if (document->isNoteOutOfDate()) {
        auto *stale = new QLabel(tr("The problem has changed since this note was written. Check "
                                    "that it still holds: OK marks it as up to date."),
                                 this);
        stale->setObjectName(QStringLiteral("noteOutOfDate"));
        stale->setWordWrap(true);
        form->addRow(QString(), stale);
    }
    connect(m_note, &QPlainTextEdit::textChanged, this, &LessonPropertiesDialog::keepNoteWithinCap);
    keepNoteWithinCap();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    resize(560, 360);
}

LessonText LessonPropertiesDialog::text() const
{
    return {m_title->text().trimmed(), m_note->toPlainText().trimmed(),
            m_sequenceTitle ? m_sequenceTitle->text().trimmed() : QString()};
}

// The file format's cap, kept as the person types or pastes: what goes past it is cut.
void LessonPropertiesDialog::keepNoteWithinCap()
{
    const QString note = m_note->toPlainText();
    if (note.size() > limits::maxNoteLength) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(note.left(limits::maxNoteLength));
        m_note->moveCursor(QTextCursor::End);
    }
    m_count->setText(tr("%1 of %2 characters")
                         .arg(std::min<qsizetype>(note.size(), limits::maxNoteLength))
                         .arg(limits::maxNoteLength));
}

void LessonPropertiesDialog::accept()
{
    m_document->setText(text());
    QDialog::accept();
}

} // namespace convstep
