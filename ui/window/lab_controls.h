#pragma once

#include <QObject>
#include <QString>

#include <array>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace convstep {

class CheckerboardLab;
class CodePanel;
class LessonBrowser;
class PlaybackModel;
class ShapeExplorer;
class UpsamplingLab;
class WeightInspector;

// The teaching labs in the main window: Ways to Upsample, the Checkerboard Lab, the Shape
// Explorer, the Framework Code panel and the Weight Inspector, each a dock opened by an action
// (Ctrl+Shift+U, K, X, C, W). The window keeps them as one object, so its own code needs a line to
// create it and a line for the menu.
class LabControls final : public QObject
{
    Q_OBJECT

public:
    enum class Lab { Upsampling, Checkerboard, Shapes, Code, Weights };
    static constexpr int labCount = 5;

    // The code panel's dock goes as a tab beside `codeBeside` (the explanation's).
    explicit LabControls(QMainWindow *window, PlaybackModel *model, QDockWidget *codeBeside);

    QAction *action(Lab lab) const { return m_actions[index(lab)]; }
    QDockWidget *dock(Lab lab) const { return m_docks[index(lab)]; }
    UpsamplingLab *upsampling() const { return m_upsampling; }
    CheckerboardLab *checkerboard() const { return m_checkerboard; }
    ShapeExplorer *shapes() const { return m_shapes; }
    CodePanel *code() const { return m_code; }
    WeightInspector *weights() const { return m_weights; }

    // Shows the lab's dock, brings it to the front and gives it the keyboard focus.
    void open(Lab lab);
    // By id ("upsampling", "checkerboard", "shapes", "code", "weights"), for the lesson browser.
    bool open(const QString &id);
    static QString labId(Lab lab);

    // The "Labs" menu; Ways to Upsample also goes at the end of the Lessons menu.
    void fillMenus(QMenu *labs, QMenu *lessons) const;
    // The labs on the start page, after the lessons (all but the code panel).
    void addTo(LessonBrowser *browser) const;

private:
    static size_t index(Lab lab) { return static_cast<size_t>(lab); }
    QDockWidget *addDock(Lab lab, QWidget *content, const QString &title, Qt::DockWidgetArea area);

    QMainWindow *m_window = nullptr;
    std::array<QAction *, labCount> m_actions{};
    std::array<QDockWidget *, labCount> m_docks{};
    std::array<bool, labCount> m_sized{};
    UpsamplingLab *m_upsampling = nullptr;
    CheckerboardLab *m_checkerboard = nullptr;
    ShapeExplorer *m_shapes = nullptr;
    CodePanel *m_code = nullptr;
    WeightInspector *m_weights = nullptr;
};

} // namespace convstep
