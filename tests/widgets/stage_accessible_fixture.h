#pragma once

#include "ui/session/playback_model.h"
#include "ui/widgets/stage_widget.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QVBoxLayout>

#include <memory>
#include <vector>

namespace convstep::test {

// An accessibility event as a test sees it: what happened, to what, named what at the time.
struct SeenEvent
{
    QAccessible::Event type = QAccessible::InvalidEvent;
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
};

// Collects every accessibility event Qt sends (QAccessible::installUpdateHandler), as a
// screen reader's bridge would receive them, for as long as it lives.
class EventLog final
{
public:
    EventLog() { m_previous = QAccessible::installUpdateHandler(&EventLog::record); }
    ~EventLog() { QAccessible::installUpdateHandler(m_previous); }
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    static std::vector<SeenEvent> &events()
    {
        static std::vector<SeenEvent> seen;
        return seen;
    }
    static void clear() { events().clear(); }

    // Events of one type sent for objects of one role.
    static std::vector<SeenEvent> of(QAccessible::Event type, QAccessible::Role role)
    {
        std::vector<SeenEvent> found;
        for (const SeenEvent &e : events())
            if (e.type == type && e.role == role)
                found.push_back(e);
        return found;
    }

private:
    static void record(QAccessibleEvent *event)
    {
        QAccessibleInterface *iface = event->accessibleInterface();
        events().push_back({event->type(), iface ? iface->role() : QAccessible::NoRole,
                            iface ? iface->text(QAccessible::Name) : QString()});
    }

    QAccessible::UpdateHandler m_previous = nullptr;
};

// A stage wired to a playback model the way the main window wires them: frames go to the
// stage, and the stage's cursor keys select cells. A line edit beside it takes the focus
// away when a test needs it elsewhere.
struct WiredStage
{
    PlaybackModel model;
    QWidget window;
    StageWidget *stage = new StageWidget(&window);
    QLineEdit *field = new QLineEdit(&window);

    explicit WiredStage(const Problem &problem, View view = View::Direct)
    {
        model.setAnimated(false);
        QObject::connect(&model, &PlaybackModel::frameChanged, stage,
                         [this] { stage->setFrame(model.frame()); });
        QObject::connect(stage, &StageWidget::cursorMoved, &model, &PlaybackModel::setSelection);
        auto *column = new QVBoxLayout(&window);
        column->addWidget(stage, 1);
        column->addWidget(field);
        window.resize(1100, 620);
        model.setProblem(problem);
        model.setView(view);
    }

    // On show and active, so that keyboard focus can move inside it.
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
    }
};

} // namespace convstep::test
