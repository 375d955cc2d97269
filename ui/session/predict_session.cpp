#include "ui/session/predict_session.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/session/playback_model.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace convstep {
namespace {

bool sameGrid(const Grid &a, const Grid &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

bool sameProblem(const Problem &a, const Problem &b)
{
    return a.op == b.op && sameGrid(a.input, b.input) && sameGrid(a.kernel, b.kernel)
        && a.stride == b.stride && a.dilation == b.dilation && a.paddingMode == b.paddingMode
        && a.padding == b.padding && a.outputPadding == b.outputPadding && a.bias == b.bias
        && a.scale == b.scale && a.alignCorners == b.alignCorners;
}

QString cellName(Cell cell)
{
    return qt(cellText(cell));
}

} // namespace

PredictSession::PredictSession(PlaybackModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &PlaybackModel::traceChanged, this, [this] { m_newTrace = true; });
    connect(m_model, &PlaybackModel::stepChanged, this, &PredictSession::stepMoved);
}

void PredictSession::setActive(bool on)
{
    if (on == isActive())
        return;
    m_verdict.reset();
    m_pendingReplay.reset();
    m_replaying = false;
    if (on) {
        m_model->setPlaying(false);
        askAt(-1);
    } else {
        setStage(Stage::Off);
        emit frameChanged();
    }
    emit activeChanged(on);
}

void PredictSession::restart()
{
    if (!isActive())
        return;
    m_verdict.reset();
    m_replaying = false;
    askAt(-1);
}

QString PredictSession::questionText() const
{
    const auto trace = m_model->trace();
    if (!trace || !isActive())
        return {};
    if (m_stage == Stage::Finished)
        return tr("Every step has been revealed. Press Enter to start again.");
    return questionText(*trace, m_question);
}

QString PredictSession::questionText(const Trace &trace, const Prediction &question)
{
    switch (question.kind) {
    case PredictionKind::Shape:
        return tr("Before the first step: what shape will the output have? Rows × columns.");
    case PredictionKind::Value:
        return tr("What value goes into output %1?").arg(cellName(question.cell));
    case PredictionKind::CanvasReach:
        return tr("Input %1 = %2 is scattered next. Which canvas cells will it reach? Pick "
                  "them on the stage (click, or arrows and Space), then commit.")
            .arg(cellName(question.cell),
                 numberText(trace.problem.input(question.cell.row, question.cell.col)));
    case PredictionKind::InsertedSize:
        return tr("Zeros are inserted between the inputs next. What size will the input be "
                  "then? Rows × columns.");
    case PredictionKind::Padding:
        return tr("The zero-inserted input is padded next. How many rows or columns of zeros "
                  "go on each side (p′)?");
    case PredictionKind::Kept:
        return question.phase == Phase::Crop
            ? tr("The crop comes next. Which canvas rows and columns stay?")
            : tr("Output padding comes next. Which canvas rows and columns make the output "
                 "then?");
    case PredictionKind::None:
        break;
    }
    return tr("Nothing to predict in this step.");
}

template<typename F> void PredictSession::drive(F &&change)
{
    const bool was = m_driving;
    m_driving = true;
    change();
    m_driving = was;
}

void PredictSession::setStage(Stage stage)
{
    m_stage = stage;
    emit questionChanged();
}

// Shows step `index` playing: gliding from the one before, or from its own start.
void PredictSession::playStep(int index)
{
    drive([this, index] {
        if (m_model->step() == index)
            m_model->replayStep();
        else
            m_model->setStep(index);
    });
}

void PredictSession::askAt(int index)
{
    const auto trace = m_model->trace();
    if (!trace)
        return;
    m_question = predictionBefore(*trace, index);
    m_picked.clear();
    m_corner.reset();
    m_kept = initialKept();
    m_newTrace = false;
    const Pair size = targetSize();
    m_cursor = {std::clamp(m_cursor.row, 0, std::max(size.h - 1, 0)),
                std::clamp(m_cursor.col, 0, std::max(size.w - 1, 0))};
    // The model shows the step before the one asked about; the shape question needs no step
    // (its frame shows none), so a new trace is taken without moving the model under it.
    if (index >= 0)
        drive([this, index] { m_model->setStep(std::max(index - 1, 0)); });
    if (m_question.kind == PredictionKind::None) {
        playStep(index);
        setStage(Stage::Revealed);
    } else {
        setStage(Stage::Asking);
    }
    emit picksChanged();
    emit frameChanged();
}

bool PredictSession::commit(const PredictedAnswer &answer)
{
    const auto trace = m_model->trace();
    if (m_stage != Stage::Asking || !trace || m_question.kind == PredictionKind::None)
        return false;
    const Verdict verdict = checkPrediction(*trace, m_question, answer);
    m_verdict = verdict;
    m_store.record(m_lesson, verdict.right);
    if (!verdict.right) {
        m_mistakes.push_back({trace->problem, trace->view, m_question, m_lesson, m_title,
                              questionText(*trace, m_question), verdictText(verdict)});
        emit mistakesChanged();
    }
    m_replaying = false;
    emit scoreChanged();
    emit answered(verdict.right);
    if (m_question.kind == PredictionKind::Shape) {
        askAt(0); // the target grid appears with the first step's question
        return true;
    }
    playStep(m_question.step);
    setStage(Stage::Revealed);
    emit frameChanged();
    return true;
}

void PredictSession::reveal()
{
    if (m_stage != Stage::Asking)
        return;
    m_verdict.reset();
    m_replaying = false;
    if (m_question.kind == PredictionKind::Shape) {
        askAt(0);
        return;
    }
    playStep(m_question.step);
    setStage(Stage::Revealed);
    emit frameChanged();
}

void PredictSession::next()
{
    if (m_stage == Stage::Finished) {
        restart();
        return;
    }
    if (m_stage != Stage::Revealed)
        return;
    m_verdict.reset();
    const int index = m_question.step + 1;
    if (index >= m_model->stepCount()) {
        setStage(Stage::Finished);
        return;
    }
    askAt(index);
}

std::optional<Cell> PredictSession::cursor() const
{
    if (m_stage != Stage::Asking || m_question.kind != PredictionKind::CanvasReach)
        return std::nullopt;
    return m_cursor;
}

void PredictSession::moveCursor(int rows, int cols)
{
    if (!cursor())
        return;
    const Pair size = targetSize();
    m_cursor = {std::clamp(m_cursor.row + rows, 0, size.h - 1),
                std::clamp(m_cursor.col + cols, 0, size.w - 1)};
    emit picksChanged();
    emit frameChanged();
}

void PredictSession::toggleAtCursor()
{
    if (cursor())
        togglePick(m_cursor);
}

void PredictSession::togglePick(Cell cell)
{
    const Pair size = targetSize();
    if (m_stage != Stage::Asking || m_question.kind != PredictionKind::CanvasReach || cell.row < 0
        || cell.row >= size.h || cell.col < 0 || cell.col >= size.w)
        return;
    const auto at = std::find(m_picked.begin(), m_picked.end(), cell);
    if (at == m_picked.end())
        m_picked.push_back(cell);
    else
        m_picked.erase(at);
    std::sort(m_picked.begin(), m_picked.end());
    emit picksChanged();
    emit frameChanged();
}

void PredictSession::clearPicks()
{
    if (m_picked.empty())
        return;
    m_picked.clear();
    emit picksChanged();
    emit frameChanged();
}

void PredictSession::setKept(const KeptCells &kept)
{
    if (kept == m_kept)
        return;
    m_kept = kept;
    emit picksChanged();
    emit frameChanged();
}

bool PredictSession::clickTarget(Cell cell)
{
    if (m_stage != Stage::Asking)
        return false;
    if (m_question.kind == PredictionKind::CanvasReach) {
        m_cursor = cell;
        togglePick(cell);
        return true;
    }
    if (m_question.kind != PredictionKind::Kept)
        return false;
    if (!m_corner) {
        m_corner = cell;
        setKept({{cell.row, cell.row}, {cell.col, cell.col}});
    } else {
        const Cell first = *m_corner;
        m_corner.reset();
        setKept({{std::min(first.row, cell.row), std::max(first.row, cell.row)},
                 {std::min(first.col, cell.col), std::max(first.col, cell.col)}});
    }
    return true;
}

// The scatter canvas, grown where output padding reaches past it (StageLayout's target).
Pair PredictSession::targetSize() const
{
    const auto trace = m_model->trace();
    if (!trace)
        return {0, 0};
    const Geometry &g = trace->geometry;
    if (!isScatter(*trace))
        return g.outputSize();
    return {std::max(g.rows.full, g.rows.cropBefore + g.rows.out),
            std::max(g.cols.full, g.cols.cropBefore + g.cols.out)};
}

// Crop starts from the whole canvas; output padding from what the crop kept.
KeptCells PredictSession::initialKept() const
{
    const auto trace = m_model->trace();
    if (!trace || m_question.kind != PredictionKind::Kept)
        return {};
    const Geometry &g = trace->geometry;
    if (m_question.phase == Phase::Crop)
        return {{0, g.rows.full - 1}, {0, g.cols.full - 1}};
    return {{g.rows.cropBefore, g.rows.cropEnd - 1}, {g.cols.cropBefore, g.cols.cropEnd - 1}};
}

std::optional<PredictedAnswer> PredictSession::stageAnswer() const
{
    if (m_question.kind == PredictionKind::CanvasReach)
        return m_picked;
    if (m_question.kind == PredictionKind::Kept)
        return m_kept;
    return std::nullopt;
}

void PredictSession::setLesson(const QString &key, const QString &title)
{
    if (key == m_lesson && title == m_title)
        return;
    m_lesson = key;
    m_title = title;
    emit scoreChanged();
}

PredictScore PredictSession::score() const
{
    return m_store.score(m_lesson);
}

int PredictSession::streak() const
{
    return m_store.streak();
}

int PredictSession::bestStreak() const
{
    return m_store.bestStreak();
}

bool PredictSession::replayMistake()
{
    const auto trace = m_model->trace();
    if (!isActive() || m_mistakes.empty() || !trace)
        return false;
    PredictMistake mistake = m_mistakes.front();
    m_mistakes.erase(m_mistakes.begin());
    emit mistakesChanged();
    m_verdict.reset();
    if (!sameProblem(trace->problem, mistake.problem) || trace->view != mistake.view) {
        const Problem problem = mistake.problem;
        const View view = mistake.view;
        const QString title = mistake.title;
        m_pendingReplay = std::move(mistake);
        emit problemWanted(problem, view, title);
        return false;
    }
    m_replaying = true;
    askAt(mistake.question.step);
    return true;
}

void PredictSession::stepMoved()
{
    if (m_driving || !isActive())
        return;
    const auto trace = m_model->trace();
    if (m_newTrace) {
        m_verdict.reset();
        m_replaying = false;
        const std::optional<PredictMistake> replay = std::exchange(m_pendingReplay, std::nullopt);
        askAt(-1);
        if (replay && sameProblem(trace->problem, replay->problem) && trace->view == replay->view) {
            // Moving the model now would step inside its own step change: a moment later.
            const int step = replay->question.step;
            QTimer::singleShot(0, this, [this, step, problem = replay->problem] {
                const auto now = m_model->trace();
                if (!isActive() || !now || !sameProblem(now->problem, problem))
                    return;
                m_replaying = true;
                askAt(step);
            });
        }
        return;
    }
    // Someone chose a step: it and those before it count as revealed.
    m_verdict.reset();
    m_question = {PredictionKind::None, m_model->step(), Cell{}, phaseOf(*trace, m_model->step())};
    setStage(Stage::Revealed);
    emit frameChanged();
}

bool PredictSession::hidesModelStep() const
{
    return m_stage == Stage::Asking
        && (m_question.kind == PredictionKind::Shape || m_model->step() >= m_question.step);
}

StageFrame PredictSession::frame() const
{
    const auto trace = m_model->trace();
    if (m_stage != Stage::Asking || !trace)
        return m_model->frame();
    StageQuestion question;
    if (m_question.kind == PredictionKind::CanvasReach) {
        question.picked = m_picked;
        question.cursor = m_cursor;
    } else if (m_question.kind == PredictionKind::Kept) {
        for (int r = m_kept.rows.first; r <= m_kept.rows.last; ++r)
            for (int c = m_kept.cols.first; c <= m_kept.cols.last; ++c)
                question.picked.push_back({r, c});
    }
    if (m_question.kind == PredictionKind::Shape) {
        StageFrame frame = questionFrameAt(trace, 0, m_model->style(), std::move(question));
        frame.showTarget = false;
        return frame;
    }
    return questionFrameAt(trace, m_question.step, m_model->style(), std::move(question));
}

} // namespace convstep
