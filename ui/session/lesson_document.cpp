#include "ui/session/lesson_document.h"

#include "core/narration.h"
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

// One edit of the problem, held as the problems before and after.
class ProblemCommand final : public QUndoCommand
{
public:
    ProblemCommand(LessonDocument *document, Problem before, Problem after,
                   const QString &description, const QString &mergeKey)
        : QUndoCommand(description)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    { }

    void undo() override { m_document->apply(m_before); }
    void redo() override { m_document->apply(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }

    // Merging forgets m_after, so undo must still land on the last valid problem the user saw:
    // a run stepping from a valid value into an invalid one starts a new entry, while invalid
    // values in between are never kept. A run that comes back to where it began is dropped.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ProblemCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
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
    Problem m_before;
    Problem m_after;
    QString m_mergeKey;
};

LessonDocument::LessonDocument(QObject *parent)
    : QObject(parent)
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
    m_undo.clear();
    m_lesson = lesson;
    m_filePath = filePath;
    if (modified)
        m_undo.resetClean();
    else
        m_undo.setClean();
    emit filePathChanged();
    emit problemChanged();
    emit modifiedChanged(modified);
}

QString LessonDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_lesson.title.isEmpty() ? tr("Untitled lesson") : lessonTitle(m_lesson);
}

void LessonDocument::editProblem(const Problem &problem, const QString &description,
                                 const QString &mergeKey)
{
    m_undo.push(new ProblemCommand(this, m_lesson.problem, problem, description, mergeKey));
}

void LessonDocument::setInputValue(Cell cell, double value)
{
    Problem p = m_lesson.problem;
    if (cell.row < 0 || cell.row >= p.input.rows() || cell.col < 0 || cell.col >= p.input.cols()
        || p.input(cell.row, cell.col) == value)
        return;
    p.input(cell.row, cell.col) = value;
    editProblem(p, tr("Set input %1 to %2").arg(qt(cellText(cell)), numberText(value)));
}

void LessonDocument::setKernelValue(Cell cell, double value)
{
    Problem p = m_lesson.problem;
    if (cell.row < 0 || cell.row >= p.kernel.rows() || cell.col < 0 || cell.col >= p.kernel.cols()
        || p.kernel(cell.row, cell.col) == value)
        return;
    p.kernel(cell.row, cell.col) = value;
    editProblem(p, tr("Set kernel %1 to %2").arg(qt(cellText(cell)), numberText(value)));
}

void LessonDocument::setCellValue(StageCell cell, double value)
{
    if (cell.role == GridRole::Source)
        setInputValue(cell.cell, value);
    else if (cell.role == GridRole::Kernel)
        setKernelValue(cell.cell, value);
}

void LessonDocument::setPlaybackPosition(View view, int step)
{
    m_lesson.view = view;
    m_lesson.step = step;
}

void LessonDocument::apply(const Problem &problem)
{
    m_lesson.problem = problem;
    emit problemChanged();
}

QByteArray LessonDocument::toBytes() const
{
    return lessonToBytes(m_lesson);
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
