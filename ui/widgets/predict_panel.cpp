#include "ui/widgets/predict_panel.h"

#include "core/exercise.h"
#include "io/text.h"
#include "ui/session/predict_session.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

enum Page { NonePage, ValuePage, PairPage, PickerPage, SidesPage, KeptPage };

constexpr int largestSide = 999; // far beyond any grid the stage draws

// A number as a person types it: a plain or locale decimal, − (U+2212) for minus.
std::optional<double> parseValue(QString text)
{
    text = text.trimmed().replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Page pageOf(PredictionKind kind)
{
    switch (kind) {
    case PredictionKind::Value:
        return ValuePage;
    case PredictionKind::Shape:
    case PredictionKind::InsertedSize:
        return PairPage;
    case PredictionKind::CanvasReach:
        return PickerPage;
    case PredictionKind::Padding:
        return SidesPage;
    case PredictionKind::Kept:
        return KeptPage;
    case PredictionKind::None:
        break;
    }
    return NonePage;
}

// The keyboard's way onto the stage's canvas in a scatter question: the arrows move the cell
// cursor, Space toggles the cell under it. It takes those keys before the window's shortcuts.
class CellPicker final : public QLabel
{
public:
    CellPicker(PredictSession *session, QWidget *parent)
        : QLabel(parent)
        , m_session(session)
    {
        setObjectName(QStringLiteral("cellPicker"));
        setFocusPolicy(Qt::StrongFocus);
        setAccessibleName(PredictPanel::tr("Cell cursor"));
        setStyleSheet(
            QStringLiteral("QLabel#cellPicker { border: 1px solid palette(mid); border-radius: 4px;"
                           " padding: 3px 8px; } QLabel#cellPicker:focus { border: 2px solid "
                           "palette(highlight); }"));
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::NoModifier && handles(key->key())) {
                event->accept();
                return true;
            }
        }
        return QLabel::event(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->modifiers() != Qt::NoModifier || !handles(event->key())) {
            QLabel::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Left:
            m_session->moveCursor(0, -1);
            break;
        case Qt::Key_Right:
            m_session->moveCursor(0, 1);
            break;
        case Qt::Key_Up:
            m_session->moveCursor(-1, 0);
            break;
        case Qt::Key_Down:
            m_session->moveCursor(1, 0);
            break;
        default:
            m_session->toggleAtCursor();
            break;
        }
        event->accept();
    }

private:
    static bool handles(int key)
    {
        return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up
            || key == Qt::Key_Down || key == Qt::Key_Space;
    }

    PredictSession *m_session;
};

QSpinBox *numberBox(QWidget *parent, const QString &name, int lowest, bool unknownAtLowest)
{
    auto *box = new QSpinBox(parent);
    box->setRange(lowest, largestSide);
    box->setAccessibleName(name);
    box->setToolTip(name);
    if (unknownAtLowest)
        box->setSpecialValueText(QStringLiteral("?")); // nothing typed yet
    return box;
}

QHBoxLayout *rowOf(QWidget *page)
{
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    return row;
}

// The sides and the kept block take two rows of two boxes: one row of four would make the
// panel wider than the stage's column on a small screen.
QGridLayout *gridOf(QWidget *page)
{
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(4, 1);
    return grid;
}

} // namespace

PredictPanel::PredictPanel(PredictSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("predictPanel"));
    setAccessibleName(tr("Predict"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("predictQuestion"));
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("Question"));
    QFont bold = m_question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_question->setFont(bold);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("predictLevel"));
    m_level->setAccessibleName(tr("Level of new exercises"));
    m_level->setToolTip(tr("How hard New Exercise's problems are: 1 is conv2d by hand, 3 adds "
                           "dilation, Keras's 'same' and output padding"));
    const QString levelTips[] = {
        tr("conv2d, stride 1, no padding, inputs up to 5×5"),
        tr("Adds strides, padding and transposed convolutions"),
        tr("Adds dilation, Keras's 'same', output padding and rectangles"),
    };
    for (int level = minExerciseLevel; level <= maxExerciseLevel; ++level) {
        m_level->addItem(tr("Level %1").arg(level), level);
        m_level->setItemData(level - minExerciseLevel, levelTips[level - minExerciseLevel],
                             Qt::ToolTipRole);
    }
    m_level->setCurrentIndex(m_session->store().level() - minExerciseLevel);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_session->store().setLevel(level());
        emit levelChanged(level());
    });
    m_newExercise = new QToolButton(this);
    m_newExercise->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(createValuePage());
    m_pages->addWidget(createPairPage());
    m_pages->addWidget(createPickerPage());
    m_pages->addWidget(createSidesPage());
    m_pages->addWidget(createKeptPage());

    m_commit = new QPushButton(tr("Commit"), this);
    m_commit->setObjectName(QStringLiteral("predictCommit"));
    m_commit->setToolTip(tr("Commit your answer and play the step (Enter)"));
    connect(m_commit, &QPushButton::clicked, this, [this] { commitOrNext(); });

    // The score wraps rather than widen the panel: on a small screen the panel shares the
    // stage's column, and the side panels keep their width.
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("predictScore"));
    m_score->setWordWrap(true);
    m_score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_score->setAccessibleName(tr("Score"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("predictVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    // Room for a short verdict, so the stage above does not jump for every answer.
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing() * 2);
    m_verdict->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_mistakes = new QLabel(this);
    m_mistakes->setObjectName(QStringLiteral("predictMistakes"));
    m_replay = new QToolButton(this);
    m_replay->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 6, 10, 8);
    column->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_question, 1);
    top->addWidget(m_level);
    top->addWidget(m_newExercise);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_pages);
    middle->addWidget(m_commit);
    // All the room there is, so that the score wraps only for want of it.
    middle->addWidget(m_score, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(m_mistakes);
    bottom->addWidget(m_replay);
    column->addLayout(top);
    column->addLayout(middle);
    column->addLayout(bottom);

    connect(m_session, &PredictSession::questionChanged, this, &PredictPanel::takeQuestion);
    connect(m_session, &PredictSession::answered, this, &PredictPanel::takeVerdict);
    connect(m_session, &PredictSession::scoreChanged, this, &PredictPanel::takeScore);
    connect(m_session, &PredictSession::mistakesChanged, this, &PredictPanel::takeScore);
    connect(m_session, &PredictSession::picksChanged, this, &PredictPanel::takePicks);
    takeQuestion();
    takeScore();
}

QWidget *PredictPanel::createValuePage()
{
    auto *page = new QWidget(m_pages);
    QHBoxLayout *row = rowOf(page);
    m_value = new QLineEdit(page);
    m_value->setObjectName(QStringLiteral("predictValue"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("value"));
    m_value->setMaximumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    row->addWidget(new QLabel(tr("Value:"), page));
    row->addWidget(m_value);
    row->addStretch(1);
    connect(m_value, &QLineEdit::textEdited, this, [this] { m_verdict->clear(); });
    return page;
}

QWidget *PredictPanel::createPairPage()
{
    auto *page = new QWidget(m_pages);
    QHBoxLayout *row = rowOf(page);
    m_pair[0] = numberBox(page, tr("Rows"), 0, true);
    m_pair[1] = numberBox(page, tr("Columns"), 0, true);
    row->addWidget(new QLabel(tr("Rows"), page));
    row->addWidget(m_pair[0]);
    row->addWidget(new QLabel(QStringLiteral("×"), page));
    row->addWidget(m_pair[1]);
    row->addWidget(new QLabel(tr("columns"), page));
    row->addStretch(1);
    return page;
}

QWidget *PredictPanel::createPickerPage()
{
    auto *page = new QWidget(m_pages);
    QHBoxLayout *row = rowOf(page);
    m_picker = new CellPicker(m_session, page);
    m_picks = new QLabel(page);
    auto *clear = new QToolButton(page);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Unpick every cell"));
    connect(clear, &QToolButton::clicked, m_session, &PredictSession::clearPicks);
    row->addWidget(m_picker);
    row->addWidget(m_picks);
    row->addWidget(clear);
    row->addStretch(1);
    return page;
}

QWidget *PredictPanel::createSidesPage()
{
    auto *page = new QWidget(m_pages);
    QGridLayout *grid = gridOf(page);
    const QString names[] = {tr("Top"), tr("Bottom"), tr("Left"), tr("Right")};
    for (int i = 0; i < static_cast<int>(m_sides.size()); ++i) {
        m_sides[static_cast<size_t>(i)] = numberBox(page, names[i], 0, false);
        grid->addWidget(new QLabel(names[i], page), i / 2, (i % 2) * 2);
        grid->addWidget(m_sides[static_cast<size_t>(i)], i / 2, (i % 2) * 2 + 1);
    }
    return page;
}

QWidget *PredictPanel::createKeptPage()
{
    auto *page = new QWidget(m_pages);
    QGridLayout *grid = gridOf(page);
    const QString names[] = {tr("First row kept"), tr("Last row kept"), tr("First column kept"),
                             tr("Last column kept")};
    for (size_t i = 0; i < m_kept.size(); ++i) {
        m_kept[i] = numberBox(page, names[i], 0, false);
        connect(m_kept[i], &QSpinBox::valueChanged, this, &PredictPanel::keptEdited);
    }
    grid->addWidget(new QLabel(tr("Rows"), page), 0, 0);
    grid->addWidget(m_kept[0], 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("–"), page), 0, 2);
    grid->addWidget(m_kept[1], 0, 3);
    grid->addWidget(new QLabel(tr("Columns"), page), 1, 0);
    grid->addWidget(m_kept[2], 1, 1);
    grid->addWidget(new QLabel(QStringLiteral("–"), page), 1, 2);
    grid->addWidget(m_kept[3], 1, 3);
    return page;
}

void PredictPanel::setActions(QAction *newExercise, QAction *replay)
{
    m_newExercise->setDefaultAction(newExercise);
    m_replay->setDefaultAction(replay);
}

int PredictPanel::level() const
{
    return m_level->currentData().toInt();
}

void PredictPanel::setLevel(int level)
{
    m_level->setCurrentIndex(std::clamp(level, minExerciseLevel, maxExerciseLevel)
                             - minExerciseLevel);
}

void PredictPanel::takeQuestion()
{
    using Stage = PredictSession::Stage;
    const Stage stage = m_session->stage();
    const PredictionKind kind = m_session->question().kind;
    m_question->setText(m_session->questionText());
    takeVerdict();
    const bool asking = stage == Stage::Asking;
    if (asking) {
        m_updating = true;
        m_value->clear();
        for (QSpinBox *box : m_pair)
            box->setValue(0);
        for (QSpinBox *box : m_sides)
            box->setValue(0);
        const Pair size = m_session->targetSize();
        for (size_t i = 0; i < m_kept.size(); ++i)
            m_kept[i]->setRange(0, std::max((i < 2 ? size.h : size.w) - 1, 0));
        m_updating = false;
        takePicks();
    }
    m_pages->setCurrentIndex(stage == Stage::Finished ? NonePage : pageOf(kind));
    // As wide and as high as this page, so that Commit follows its boxes and a one-row
    // answer leaves the stage the rows a two-row one takes.
    const QSize page = m_pages->currentWidget()->sizeHint().expandedTo(QSize(0, 0));
    m_pages->setFixedSize(page);
    m_pages->setEnabled(asking);
    m_commit->setText(asking                         ? tr("Commit")
                          : stage == Stage::Finished ? tr("Start Again")
                                                     : tr("Next"));
    m_commit->setToolTip(asking ? tr("Commit your answer and play the step (Enter)")
                                : tr("Go on (Enter)"));
    if (!isVisible())
        return;
    if (asking)
        focusAnswer();
    else
        m_commit->setFocus(Qt::OtherFocusReason);
}

void PredictPanel::focusAnswer()
{
    QWidget *first = m_commit;
    switch (m_pages->currentIndex()) {
    case ValuePage:
        first = m_value;
        break;
    case PairPage:
        first = m_pair[0];
        break;
    case PickerPage:
        first = m_picker;
        break;
    case SidesPage:
        first = m_sides[0];
        break;
    case KeptPage:
        first = m_kept[0];
        break;
    default:
        break;
    }
    first->setFocus(Qt::OtherFocusReason);
    if (auto *box = qobject_cast<QSpinBox *>(first))
        box->selectAll();
}

void PredictPanel::takeVerdict()
{
    const auto &verdict = m_session->verdict();
    if (!verdict) {
        m_verdict->clear();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor colour =
        verdict->right ? QColor(dark ? 0x56d364 : 0x1a7f37) : QColor(dark ? 0xff7b72 : 0xcf222e);
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_verdict->setText((verdict->right ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                       + qt(verdict->explanation));
}

void PredictPanel::takeScore()
{
    const PredictScore score = m_session->score();
    m_score->setText(tr("This lesson: %1 of %2 right · streak %3 · best %4")
                         .arg(score.right)
                         .arg(score.asked)
                         .arg(m_session->streak())
                         .arg(m_session->bestStreak()));
    const int waiting = static_cast<int>(m_session->mistakes().size());
    m_mistakes->setText(waiting == 0       ? tr("No mistakes to replay")
                            : waiting == 1 ? tr("1 mistake to replay")
                                           : tr("%1 mistakes to replay").arg(waiting));
}

void PredictPanel::takePicks()
{
    const int picked = static_cast<int>(m_session->picked().size());
    m_picks->setText(picked == 1 ? tr("1 cell picked") : tr("%1 cells picked").arg(picked));
    if (const auto cursor = m_session->cursor())
        m_picker->setText(tr("Cursor %1: arrows move, Space picks").arg(qt(cellText(*cursor))));
    if (m_session->question().kind != PredictionKind::Kept)
        return;
    const KeptCells &kept = m_session->kept();
    m_updating = true;
    m_kept[0]->setValue(kept.rows.first);
    m_kept[1]->setValue(kept.rows.last);
    m_kept[2]->setValue(kept.cols.first);
    m_kept[3]->setValue(kept.cols.last);
    m_updating = false;
}

void PredictPanel::keptEdited()
{
    if (m_updating)
        return;
    m_session->setKept(
        {{m_kept[0]->value(), m_kept[1]->value()}, {m_kept[2]->value(), m_kept[3]->value()}});
}

void PredictPanel::showHint(const QString &text)
{
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(text);
}

std::optional<PredictedAnswer> PredictPanel::typedAnswer()
{
    switch (m_session->question().kind) {
    case PredictionKind::Value:
        if (const auto value = parseValue(m_value->text()))
            return *value;
        showHint(tr("Type a number, such as 7 or −1.5, then press Enter."));
        m_value->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    case PredictionKind::Shape:
    case PredictionKind::InsertedSize:
        if (m_pair[0]->value() > 0 && m_pair[1]->value() > 0)
            return Pair{m_pair[0]->value(), m_pair[1]->value()};
        showHint(tr("Fill in the rows and the columns, then press Enter."));
        return std::nullopt;
    case PredictionKind::CanvasReach:
        if (!m_session->picked().empty())
            return m_session->picked();
        showHint(tr("Pick the cells on the stage first: click them, or move with the arrows "
                    "and press Space."));
        return std::nullopt;
    case PredictionKind::Padding:
        return Sides{m_sides[0]->value(), m_sides[1]->value(), m_sides[2]->value(),
                     m_sides[3]->value()};
    case PredictionKind::Kept:
        return m_session->kept();
    case PredictionKind::None:
        break;
    }
    return std::nullopt;
}

bool PredictPanel::commitOrNext()
{
    using Stage = PredictSession::Stage;
    switch (m_session->stage()) {
    case Stage::Asking:
        if (const auto answer = typedAnswer())
            return m_session->commit(*answer);
        return false;
    case Stage::Revealed:
    case Stage::Finished:
        m_session->next();
        return true;
    case Stage::Off:
        break;
    }
    return false;
}

void PredictPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commitOrNext();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PredictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_verdict)
        takeVerdict();
    QWidget::changeEvent(event);
}

QString PredictPanel::questionText() const
{
    return m_question->text();
}

QString PredictPanel::verdictText() const
{
    return m_verdict->text();
}

QString PredictPanel::scoreText() const
{
    return m_score->text();
}

QString PredictPanel::mistakesText() const
{
    return m_mistakes->text();
}

} // namespace convstep
