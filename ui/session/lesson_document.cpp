#include "ui/session/lesson_document.h"

#include "core/narration.h"
#include "core/step_channels.h"
#include "io/lesson_json.h"
#include "io/text.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoCommand>

namespace convstep {
namespace {

bool sameGrid(const Grid &a, const Grid &b)
{
    return sizeOf(a) == sizeOf(b) && (a.array() == b.array()).all();
}

bool sameProblem(const Problem &a, const Problem &b)
{
    return a.op == b.op && sameGrid(a.input, b.input) && sameGrid(a.kernel, b.kernel)
        && a.stride == b.stride && a.dilation == b.dilation && a.paddingMode == b.paddingMode
        && a.padding == b.padding && a.outputPadding == b.outputPadding && a.bias == b.bias
        && a.scale == b.scale && a.alignCorners == b.alignCorners;
}

} // namespace

// One edit of the problem, held as the problems before and after, of the lesson it was made
// in (undoing it goes back to that lesson of a sequence).
class ProblemCommand final : public QUndoCommand
{
public:
    ProblemCommand(LessonDocument *document, int index, Problem before, Problem after,
                   const QString &description, const QString &mergeKey)
        : QUndoCommand(description)
        , m_document(document)
        , m_index(index)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    { }

    void undo() override { m_document->apply(m_index, m_before); }
    void redo() override { m_document->apply(m_index, m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }

    // Merging forgets m_after, so undo must still land on the last valid problem the user saw:
    // a run stepping from a valid value into an invalid one starts a new entry, while invalid
    // values in between are never kept. A run that comes back to where it began is dropped.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ProblemCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_index != m_index)
            return false;
        if (!validate(m_after) && validate(next->m_after))
            return false;
        m_after = next->m_after;
        setText(next->text()); // "Set scale to 4", not the first step's "to 3"
        setObsolete(sameProblem(m_before, m_after));
        return true;
    }

private:
    LessonDocument *m_document;
    int m_index;
    Problem m_before;
    Problem m_after;
    QString m_mergeKey;
};

// An edit of a lesson's words in Properties, with the problem its note was written for.
class TextCommand final : public QUndoCommand
{
public:
    struct State
    {
        LessonText text;
        Problem noteProblem;
    };

    TextCommand(LessonDocument *document, int index, State before, State after)
        : QUndoCommand(LessonDocument::tr("Edit Lesson Properties"))
        , m_document(document)
        , m_index(index)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { m_document->applyText(m_index, m_before.text, m_before.noteProblem); }
    void redo() override { m_document->applyText(m_index, m_after.text, m_after.noteProblem); }

private:
    LessonDocument *m_document;
    int m_index;
    State m_before;
    State m_after;
};

// An edit of the upstream gradient the backward views start from.
class UpstreamCommand final : public QUndoCommand
{
public:
    UpstreamCommand(LessonDocument *document, int index, Grid before, Grid after)
        : QUndoCommand(LessonDocument::tr("Edit Upstream Gradient"))
        , m_document(document)
        , m_index(index)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { m_document->applyUpstream(m_index, m_before); }
    void redo() override { m_document->applyUpstream(m_index, m_after); }

private:
    LessonDocument *m_document;
    int m_index;
    Grid m_before;
    Grid m_after;
};

LessonDocument::LessonDocument(QObject *parent)
    : QObject(parent)
    , m_file(singleLesson(Lesson()))
    , m_noteProblems(1)
{
    m_undo.setUndoLimit(200);
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

LessonDocument::~LessonDocument()
{
    // The undo stack announces its clean state as it is destroyed; by then the window
    // listening to modifiedChanged may be half torn down.
    disconnect(&m_undo, nullptr, this, nullptr);
}

void LessonDocument::load(const Lesson &lesson, const QString &filePath, bool modified)
{
    load(singleLesson(lesson), filePath, modified);
}

void LessonDocument::load(const LessonFile &file, const QString &filePath, bool modified)
{
    m_undo.clear();
    m_file = file.lessons.empty() ? singleLesson(Lesson()) : file;
    m_index = 0;
    m_noteProblems.clear();
    for (const Lesson &lesson : m_file.lessons)
        m_noteProblems.push_back(lesson.problem);
    m_filePath = filePath;
    if (modified)
        m_undo.resetClean();
    else
        m_undo.setClean();
    emit filePathChanged();
    emit problemChanged();
    emit lessonChanged();
    emit textChanged();
    emit modifiedChanged(modified);
}

QString LessonDocument::displayName() const
{
    if (!m_file.shownTitle().isEmpty())
        return shownTitle(m_file);
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled lesson");
}

bool LessonDocument::setLessonIndex(int index)
{
    if (index < 0 || index >= lessonCount())
        return false;
    if (index != m_index) {
        m_index = index;
        emit problemChanged();
        emit lessonChanged();
        emit textChanged();
    }
    return true;
}

LessonText LessonDocument::text() const
{
    return {lesson().title, lesson().note, m_file.isSequence ? m_file.title : QString()};
}

void LessonDocument::setText(const LessonText &text)
{
    const size_t i = static_cast<size_t>(m_index);
    if (text == this->text() && m_noteProblems[i] == problem())
        return;
    m_undo.push(
        new TextCommand(this, m_index, {this->text(), m_noteProblems[i]}, {text, problem()}));
}

bool LessonDocument::isNoteOutOfDate() const
{
    return !lesson().note.trimmed().isEmpty()
        && !(m_noteProblems[static_cast<size_t>(m_index)] == problem());
}

void LessonDocument::editProblem(const Problem &problem, const QString &description,
                                 const QString &mergeKey)
{
    m_undo.push(new ProblemCommand(this, m_index, this->problem(), problem, description, mergeKey));
}

void LessonDocument::setInputValue(Cell cell, double value, int channel)
{
    Problem p = problem();
    if (channel < 0 || channel >= std::max<int>(1, static_cast<int>(p.inputs.size())))
        return;
    const Grid &grid = inputChannel(p, channel);
    if (cell.row < 0 || cell.row >= grid.rows() || cell.col < 0 || cell.col >= grid.cols()
        || grid(cell.row, cell.col) == value)
        return;
    const QString name = qt(channelCellText(p, channel, cell));
    convstep::setInputValue(p, channel, cell, value);
    editProblem(p, tr("Set input %1 to %2").arg(name, numberText(value)));
}

void LessonDocument::setKernelValue(Cell cell, double value, ChannelPair pair)
{
    Problem p = problem();
    if (!hasPair(p, pair))
        return;
    const Grid &grid = weightOf(p, pair.out, pair.in);
    if (cell.row < 0 || cell.row >= grid.rows() || cell.col < 0 || cell.col >= grid.cols()
        || grid(cell.row, cell.col) == value)
        return;
    const QString name = qt(weightCellText(p, pair, cell));
    setWeightValue(p, pair, cell, value);
    editProblem(p, tr("Set kernel %1 to %2").arg(name, numberText(value)));
}

void LessonDocument::setCellValue(StageCell cell, ChannelPair pair, double value)
{
    if (cell.role == GridRole::Source)
        setInputValue(cell.cell, value, pair.in);
    else if (cell.role == GridRole::Kernel)
        setKernelValue(cell.cell, value, pair);
}

void LessonDocument::setUpstream(const Grid &upstream)
{
    if (sameGrid(lesson().upstream, upstream))
        return;
    m_undo.push(new UpstreamCommand(this, m_index, lesson().upstream, upstream));
}

void LessonDocument::setPlaybackPosition(View view, int step)
{
    Lesson &current = m_file.lessons[static_cast<size_t>(m_index)];
    current.view = view;
    current.step = step;
}

void LessonDocument::apply(int index, const Problem &problem)
{
    m_file.lessons[static_cast<size_t>(index)].problem = problem;
    if (index != m_index)
        setLessonIndex(index); // says the problem changed, with the rest
    else
        emit problemChanged();
}

void LessonDocument::applyText(int index, const LessonText &text, const Problem &noteProblem)
{
    Lesson &lesson = m_file.lessons[static_cast<size_t>(index)];
    lesson.title = text.title;
    lesson.note = text.note;
    if (m_file.isSequence)
        m_file.title = text.sequenceTitle;
    m_noteProblems[static_cast<size_t>(index)] = noteProblem;
    if (index == m_index)
        emit textChanged();
    else
        setLessonIndex(index);
}

void LessonDocument::applyUpstream(int index, const Grid &upstream)
{
    m_file.lessons[static_cast<size_t>(index)].upstream = upstream;
    if (index == m_index)
        emit upstreamChanged();
    else
        setLessonIndex(index);
}

QByteArray LessonDocument::toBytes() const
{
    return lessonFileToBytes(m_file);
}

std::optional<Error> LessonDocument::saveAs(const QString &filePath)
{
    QSaveFile file(filePath);
    const QByteArray bytes = toBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            tr("Could not save %1: %2").arg(QFileInfo(filePath).fileName(), file.errorString())};
    const bool renamed = filePath != m_filePath;
    m_filePath = filePath;
    m_undo.setClean();
    if (renamed)
        emit filePathChanged();
    return std::nullopt;
}

} // namespace convstep
