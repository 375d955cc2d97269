#pragma once

#include "ui/widgets/stage_grids.h"

#include <QAccessibleWidget>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace convstep {

class GridAccessible;
class StageWidget;

// The step said aloud: a notification whose name is the step's narration. Qt 6.4 has no
// announcement event (QAccessibleAnnouncementEvent came with 6.8), and Orca speaks a
// notification when it is shown, which Qt sends on AT-SPI for QAccessible::ObjectShow.
class StepAnnouncement final : public QAccessibleInterface
{
public:
    explicit StepAnnouncement(StageWidget *stage);

    // Sets the narration and tells assistive technology (NameChanged, then ObjectShow).
    void announce(const QString &narration);

    bool isValid() const override { return !m_stage.isNull(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Notification; }
    QAccessible::State state() const override;

private:
    QPointer<StageWidget> m_stage;
    QString m_text;
};

// The stage for assistive technology: a panel holding a table per grid on show (see
// GridAccessible) and the step announcement, besides the stage's child widgets. It follows
// the stage's frames: the selected cell (the keyboard cursor) takes the accessible focus,
// a table that changes shape drops its cells, and a new step is announced once stepping
// rests for announceDelayMs, so animation frames and held keys say nothing in between.
class StageAccessible final : public QAccessibleWidget
{
public:
    explicit StageAccessible(StageWidget *stage);
    ~StageAccessible() override;

    // The table of a grid on show, else nullptr.
    GridAccessible *grid(GridKey key) const;
    StepAnnouncement *announcement() const;

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    StageWidget *stage() const;
    QAccessibleInterface *cursorCell() const;
    void frameShown();
    void updateTables(const std::vector<StageGrid> &shown);
    void focusCursor();
    void announceStep();

    mutable std::map<GridKey, QAccessible::Id> m_grids; // made when first asked for
    QAccessible::Id m_announcement = 0;
    std::vector<StageGrid> m_shown; // the grids at the last frame
    std::optional<StageCell> m_cursor;
    std::shared_ptr<const Trace> m_trace; // the step last seen: trace and index
    int m_step = -1;
    QString m_cursorText; // the focused cell's words, to tell when a step changes them
    QTimer m_announceTimer;
    QMetaObject::Connection m_frameConnection;
    QMetaObject::Connection m_layoutConnection;
    QMetaObject::Connection m_focusConnection;
};

inline constexpr int announceDelayMs = 150;

// Makes every StageWidget accessible through StageAccessible (QAccessible::installFactory).
// StageWidget calls it; only the first call does anything.
void installStageAccessibility();

} // namespace convstep
