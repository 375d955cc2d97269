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
class LearnUpsampleLab;
class LessonBrowser;
class PlaybackModel;
class ShapeExplorer;
class UpsamplingLab;
class WeightInspector;

// The teaching labs in the main window: Ways to Upsample, the Checkerboard Lab, the Shape
// Explorer, the Framework Code panel, the Weight Inspector and Learn to Upsample, each opened
// by an action (Ctrl+Shift+U, K, X, C, W, L) as a window of its own, sized to read, over the main
// window: a dock widget that floats, so it can still be docked (double-click its title) without
// taking the stage's room unasked. The window keeps them as one object, so its own code needs a
// line to create it and a line for the menu.
class LabControls final : public QObject
{
    Q_OBJECT

public:
    enum class Lab { Upsampling, Checkerboard, Shapes, Code, Weights, Learn };
    static constexpr int labCount = 6;

    explicit LabControls(QMainWindow *window, PlaybackModel *model);

    QAction *action(Lab lab) const { return m_actions[index(lab)]; }
    QDockWidget *dock(Lab lab) const { return m_docks[index(lab)]; }
    UpsamplingLab *upsampling() const { return m_upsampling; }
    CheckerboardLab *checkerboard() const { return m_checkerboard; }
    ShapeExplorer *shapes() const { return m_shapes; }
    CodePanel *code() const { return m_code; }
    WeightInspector *weights() const { return m_weights; }
    LearnUpsampleLab *learn() const { return m_learn; }

    // Shows the lab's window, brings it to the front and gives it the keyboard focus. The
    // first time (and after reset()) it floats at a size to read, centred on the main window.
    void open(Lab lab);
    // Closes every lab; each opens again as a window of its first size.
    void reset();
    // By id ("upsampling", "checkerboard", "shapes", "code", "weights", "learn"), for the lesson
    // browser.
    bool open(const QString &id);
    static QString labId(Lab lab);

    // The "Labs" menu; Ways to Upsample also goes at the end of the Lessons menu.
    void fillMenus(QMenu *labs, QMenu *lessons) const;
    // The labs on the start page, after the lessons (all but the code panel).
    void addTo(LessonBrowser *browser) const;

private:
    static size_t index(Lab lab) { return static_cast<size_t>(lab); }
    QDockWidget *addDock(Lab lab, QWidget *content, const QString &title);
    void place(Lab lab);

    QMainWindow *m_window = nullptr;
    std::array<QAction *, labCount> m_actions{};
    std::array<QDockWidget *, labCount> m_docks{};
    std::array<bool, labCount> m_sized{};
    UpsamplingLab *m_upsampling = nullptr;
    CheckerboardLab *m_checkerboard = nullptr;
    ShapeExplorer *m_shapes = nullptr;
    CodePanel *m_code = nullptr;
    WeightInspector *m_weights = nullptr;
    LearnUpsampleLab *m_learn = nullptr;
};

} // namespace convstep
