#pragma once

#include "core/channels.h"
#include "io/error.h"
#include "io/lesson.h"
#include "ui/render/stage_frame.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace convstep {

// A lesson's words as the Properties dialog edits them: its title and note, and when the
// lesson is part of a sequence, the sequence's title.
struct LessonText
{
    QString title;
    QString note;
    QString sequenceTitle;

    friend bool operator==(const LessonText &, const LessonText &) = default;
};

// The lesson being edited: its problem (which may be invalid while the user is part-way
// through a change), title and note, file and undo history. Every edit is an undo command.
// A file may hold a sequence of lessons; one of them is current, and the edits go to it.
class LessonDocument final : public QObject
{
    Q_OBJECT

public:
    explicit LessonDocument(QObject *parent = nullptr);
    ~LessonDocument() override;

    const LessonFile &file() const { return m_file; }
    const Lesson &lesson() const { return m_file.lessons[m_index]; } // the current one
    const Problem &problem() const { return lesson().problem; }
    QUndoStack *undoStack() { return &m_undo; }

    // Replaces the whole lesson or sequence (open, new, restore) and goes to its first lesson;
    // clears the undo history. A restored autosave stays modified so that it is saved again
    // and the user is asked on quitting.
    void load(const LessonFile &file, const QString &filePath = QString(), bool modified = false);
    void load(const Lesson &lesson, const QString &filePath = QString(), bool modified = false);
    QString filePath() const { return m_filePath; }
    // The title (a sequence's own), else the file's name, else "Untitled lesson".
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }

    // The lessons of a sequence (a single lesson is a sequence of one). Going to another is
    // not an edit; false when `index` is out of range.
    int lessonCount() const { return static_cast<int>(m_file.lessons.size()); }
    int lessonIndex() const { return m_index; }
    bool setLessonIndex(int index);

    // Undoable edits. `mergeKey` lets a run of edits of one control (a spin box being
    // stepped) collapse into one undo entry; empty means never merge.
    void editProblem(const Problem &problem, const QString &description,
                     const QString &mergeKey = QString());
    // A value of input channel `channel`, or of kernel W[pair.out, pair.in] (a 2-D problem:
    // channel 0 and pair {0, 0}).
    void setInputValue(Cell cell, double value, int channel = 0);
    void setKernelValue(Cell cell, double value, ChannelPair pair = {});
    // Source = input cell of channel pair.in, Kernel = element of kernel W[pair.out, pair.in].
    void setCellValue(StageCell cell, ChannelPair pair, double value);
    // The upstream gradient ∂L/∂y of the backward views (Lesson::upstream; empty: all ones).
    void setUpstream(const Grid &upstream);

    // The current lesson's title and note (and its sequence's title), as one undoable edit.
    // Setting them also says the note describes the problem as it now is.
    LessonText text() const;
    void setText(const LessonText &text);
    // The problem was edited away from the one the note was written for (or last confirmed
    // for in Properties): the note may no longer be true. Undoing the edits clears it.
    bool isNoteOutOfDate() const;

    // Where playback was, saved with the lesson (not undoable).
    void setPlaybackPosition(View view, int step);

    // Writes the lesson atomically; on success the document is clean and remembers the path.
    std::optional<Error> saveAs(const QString &filePath);
    QByteArray toBytes() const;

signals:
    // In this order when another lesson becomes current: its problem, then the lesson.
    void problemChanged();
    void lessonChanged(); // another lesson of the sequence is current, or a new file
    void textChanged(); // a title or the note
    void upstreamChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    friend class ProblemCommand;
    friend class TextCommand;
    friend class UpstreamCommand;
    void apply(int index, const Problem &problem);
    void applyText(int index, const LessonText &text, const Problem &noteProblem);
    void applyUpstream(int index, const Grid &upstream);

    LessonFile m_file;
    int m_index = 0;
    std::vector<Problem> m_noteProblems; // per lesson: the problem its note describes
    QString m_filePath;
    QUndoStack m_undo;
};

} // namespace convstep
