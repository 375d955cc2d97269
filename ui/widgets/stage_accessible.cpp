#include "ui/widgets/stage_accessible.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/widgets/grid_accessible.h"
#include "ui/widgets/stage_widget.h"

#include <QApplication>
#include <QWindow>

#include <algorithm>

namespace convstep {
namespace {

bool sameShape(const StageGrid &a, const StageGrid &b)
{
    return a.rows == b.rows && a.cols == b.cols;
}

const StageGrid *findGrid(const std::vector<StageGrid> &grids, GridKey key)
{
    const auto at = std::find_if(grids.begin(), grids.end(),
                                 [key](const StageGrid &g) { return g.key() == key; });
    return at == grids.end() ? nullptr : &*at;
}

QAccessibleInterface *stageFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(StageWidget::staticMetaObject.className()))
        if (auto *stage = qobject_cast<StageWidget *>(object))
            return new StageAccessible(stage);
    return nullptr;
}

} // namespace

StepAnnouncement::StepAnnouncement(StageWidget *stage)
    : m_stage(stage)
{ }

void StepAnnouncement::announce(const QString &narration)
{
    m_text = narration;
    // The name first, so that a screen reader holding the old one fetches it again.
    QAccessibleEvent named(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

QWindow *StepAnnouncement::window() const
{
    return m_stage ? m_stage->window()->windowHandle() : nullptr;
}

QAccessibleInterface *StepAnnouncement::parent() const
{
    return m_stage ? QAccessible::queryAccessibleInterface(m_stage) : nullptr;
}

QString StepAnnouncement::text(QAccessible::Text t) const
{
    return t == QAccessible::Name ? m_text : QString();
}

// No area of its own: pointing at the stage finds the grids, never the announcement.
QRect StepAnnouncement::rect() const
{
    return {};
}

QAccessible::State StepAnnouncement::state() const
{
    QAccessible::State s;
    s.readOnly = true;
    s.invisible = m_text.isEmpty();
    return s;
}

StageAccessible::StageAccessible(StageWidget *stage)
    : QAccessibleWidget(stage, QAccessible::Pane)
{
    m_announcement = QAccessible::registerAccessibleInterface(new StepAnnouncement(stage));
    m_announceTimer.setSingleShot(true);
    m_announceTimer.setInterval(announceDelayMs);
    QObject::connect(&m_announceTimer, &QTimer::timeout, [this] { announceStep(); });
    m_frameConnection =
        QObject::connect(stage, &StageWidget::frameShown, stage, [this] { frameShown(); });
    m_layoutConnection = QObject::connect(stage, &StageWidget::laidOut, stage, [this, stage] {
        if (stage->frame().trace)
            updateTables(stageGrids(stage->stageLayout()));
    });
    // The focus event Qt sends for the stage comes after this signal; the cell's follows it.
    m_focusConnection = QObject::connect(
        qApp, &QApplication::focusChanged, stage, [this, stage](QWidget *, QWidget *now) {
            if (now == stage)
                QTimer::singleShot(0, stage, [this] { focusCursor(); });
        });
    frameShown();
}

StageAccessible::~StageAccessible()
{
    QObject::disconnect(m_frameConnection);
    QObject::disconnect(m_layoutConnection);
    QObject::disconnect(m_focusConnection);
    for (const auto &[key, id] : m_grids)
        QAccessible::deleteAccessibleInterface(id);
    QAccessible::deleteAccessibleInterface(m_announcement);
}

StageWidget *StageAccessible::stage() const
{
    return static_cast<StageWidget *>(widget());
}

GridAccessible *StageAccessible::grid(GridKey key) const
{
    if (!findGrid(m_shown, key))
        return nullptr;
    auto id = m_grids.find(key);
    if (id == m_grids.end())
        id =
            m_grids
                .emplace(key,
                         QAccessible::registerAccessibleInterface(new GridAccessible(stage(), key)))
                .first;
    return static_cast<GridAccessible *>(QAccessible::accessibleInterface(id->second));
}

StepAnnouncement *StageAccessible::announcement() const
{
    return static_cast<StepAnnouncement *>(QAccessible::accessibleInterface(m_announcement));
}

QString StageAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && stage()->accessibleDescription().isEmpty())
        return QCoreApplication::translate(
            "StageAccessible",
            "Shift+arrow keys move from cell to cell and from grid to grid; F2 edits an "
            "input or kernel cell");
    return QAccessibleWidget::text(t);
}

// The grids first, in reading order, then the announcement, then the child widgets.
int StageAccessible::childCount() const
{
    return static_cast<int>(m_shown.size()) + 1 + QAccessibleWidget::childCount();
}

QAccessibleInterface *StageAccessible::child(int index) const
{
    const int grids = static_cast<int>(m_shown.size());
    if (index < 0)
        return nullptr;
    if (index < grids)
        return grid(m_shown[static_cast<size_t>(index)].key());
    if (index == grids)
        return announcement();
    return QAccessibleWidget::child(index - grids - 1);
}

int StageAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const int grids = static_cast<int>(m_shown.size());
    if (const auto *table = dynamic_cast<const GridAccessible *>(child)) {
        for (int i = 0; i < grids; ++i)
            if (m_shown[static_cast<size_t>(i)].key() == table->gridKey())
                return table->stage() == stage() ? i : -1;
        return -1;
    }
    if (child && child == announcement())
        return grids;
    const int index = QAccessibleWidget::indexOfChild(child);
    return index < 0 ? -1 : index + grids + 1;
}

QAccessibleInterface *StageAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *c = child(i);
        if (c && c->isValid() && c->rect().contains(x, y))
            return c;
    }
    return nullptr;
}

QAccessibleInterface *StageAccessible::focusChild() const
{
    if (stage()->hasFocus())
        if (QAccessibleInterface *cell = cursorCell())
            return cell;
    return QAccessibleWidget::focusChild();
}

QAccessibleInterface *StageAccessible::cursorCell() const
{
    if (!m_cursor)
        return nullptr;
    GridAccessible *table = grid(gridKeyOf(*m_cursor));
    return table ? table->cellAt(m_cursor->cell.row, m_cursor->cell.col) : nullptr;
}

void StageAccessible::frameShown()
{
    const StageFrame &frame = stage()->frame();
    updateTables(frame.trace ? stageGrids(stage()->stageLayout()) : std::vector<StageGrid>{});
    if (frame.selection != m_cursor) {
        m_cursor = frame.selection;
        if (stage()->hasFocus())
            focusCursor();
    }
    if (frame.trace != m_trace || frame.step.index != m_step) {
        m_trace = frame.trace;
        m_step = frame.step.index;
        m_announceTimer.start(); // a restart while stepping goes on
    }
}

// Tables whose grid changed shape or went away lose their cells; a new title is a new name.
void StageAccessible::updateTables(const std::vector<StageGrid> &shown)
{
    bool regrouped = shown.size() != m_shown.size();
    for (size_t i = 0; i < shown.size() && !regrouped; ++i)
        regrouped = shown[i].key() != m_shown[i].key();
    const std::vector<StageGrid> before = std::exchange(m_shown, shown);
    for (const auto &[key, id] : m_grids) {
        auto *table = static_cast<GridAccessible *>(QAccessible::accessibleInterface(id));
        const StageGrid *was = findGrid(before, key);
        const StageGrid *now = findGrid(shown, key);
        if (!was || !now || !sameShape(*was, *now)) {
            table->dropCells();
            QAccessibleTableModelChangeEvent reset(table,
                                                   QAccessibleTableModelChangeEvent::ModelReset);
            QAccessible::updateAccessibility(&reset);
        } else if (was->title != now->title) {
            QAccessibleEvent renamed(table, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&renamed);
        }
    }
    if (regrouped) {
        QAccessibleEvent reordered(stage(), QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reordered);
    }
}

void StageAccessible::focusCursor()
{
    QAccessibleInterface *cell = cursorCell();
    if (!cell || !stage()->hasFocus())
        return;
    m_cursorText = cell->text(QAccessible::Name);
    QAccessibleEvent focused(cell, QAccessible::Focus);
    QAccessible::updateAccessibility(&focused);
}

void StageAccessible::announceStep()
{
    const StageFrame &frame = stage()->frame();
    if (!frame.trace || !stage()->isVisible())
        return;
    announcement()->announce(stepText(frame.step));
    // The focused cell may have a new value now: say it again, as a new name.
    QAccessibleInterface *cell = stage()->hasFocus() ? cursorCell() : nullptr;
    if (cell && cell->text(QAccessible::Name) != m_cursorText) {
        m_cursorText = cell->text(QAccessible::Name);
        QAccessibleEvent renamed(cell, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
    }
}

void installStageAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(stageFactory);
        return true;
    }();
    (void)installed;
}

} // namespace convstep
