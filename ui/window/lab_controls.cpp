#include "ui/window/lab_controls.h"

#include "ui/labs/checkerboard_lab.h"
#include "ui/labs/code_panel.h"
#include "ui/labs/learn_upsample_lab.h"
#include "ui/labs/shape_explorer.h"
#include "ui/labs/upsampling_lab.h"
#include "ui/labs/weight_inspector.h"
#include "ui/widgets/lesson_browser.h"
#include "ui/window/action_text.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

namespace convstep {

namespace {

// What each lab needs to be read whole: five stages side by side, a plot beside a photo, a
// plot with its controls, the channel stacks above the weight's tiles, a script, five
// upsamplers' pictures above two plots.
QSize readableSize(LabControls::Lab lab)
{
    switch (lab) {
    case LabControls::Lab::Upsampling:
        return {1240, 780};
    case LabControls::Lab::Checkerboard:
        return {1100, 720};
    case LabControls::Lab::Shapes:
        return {1000, 680};
    case LabControls::Lab::Weights:
        return {1000, 760};
    case LabControls::Lab::Learn:
        return {1300, 800};
    case LabControls::Lab::Code:
        break;
    }
    return {720, 720};
}

} // namespace

LabControls::LabControls(QMainWindow *window, PlaybackModel *model)
    : QObject(window)
    , m_window(window)
{
    m_upsampling = new UpsamplingLab(model, window);
    m_upsampling->setObjectName(QStringLiteral("upsamplingLab"));
    m_checkerboard = new CheckerboardLab(model, window);
    m_checkerboard->setObjectName(QStringLiteral("checkerboardLab"));
    m_shapes = new ShapeExplorer(model, window);
    m_shapes->setObjectName(QStringLiteral("shapeExplorer"));
    m_code = new CodePanel(model, window);
    m_code->setObjectName(QStringLiteral("codePanel"));
    m_weights = new WeightInspector(model, window);
    m_weights->setObjectName(QStringLiteral("weightInspector"));
    m_learn = new LearnUpsampleLab(model, window);
    m_learn->setObjectName(QStringLiteral("learnUpsampleLab"));

    addDock(Lab::Upsampling, m_upsampling, tr("Ways to Upsample"));
    addDock(Lab::Checkerboard, m_checkerboard, tr("Checkerboard Lab"));
    addDock(Lab::Shapes, m_shapes, tr("Shape Explorer"));
    addDock(Lab::Code, m_code, tr("Framework Code"));
    addDock(Lab::Weights, m_weights, tr("Weight Inspector"));
    addDock(Lab::Learn, m_learn, tr("Learn to Upsample"));

    struct Entry
    {
        Lab lab;
        const char *name;
        QString text;
        QKeySequence key;
        QString tip;
    };
    const Entry entries[] = {
        {Lab::Upsampling, "labUpsampling", tr("Ways to &Upsample"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
         tr("Nearest, bilinear, bed of nails, max unpooling and a transposed convolution on the "
            "same input, played together")},
        {Lab::Checkerboard, "labCheckerboard", tr("&Checkerboard Lab"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
         tr("Why a transposed convolution prints a checkerboard: overlap counts and a photo")},
        {Lab::Shapes, "labShapes", tr("Shape E&xplorer"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
         tr("Output size against input size, stride or padding in PyTorch and Keras")},
        {Lab::Code, "labCode", tr("Framework &Code"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         tr("The current problem as a PyTorch or Keras script")},
        {Lab::Weights, "labWeights", tr("&Weight Inspector"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
         tr("The weight tensor as kernel tiles, and its layout in PyTorch, Keras, tf.nn and "
            "ONNX")},
        {Lab::Learn, "labLearn", tr("&Learn to Upsample"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         tr("Transposed convolutions and resize-convolution learn to upsample a picture, live, "
            "beside nearest and bilinear")},
    };
    for (const Entry &entry : entries) {
        auto *a = new QAction(entry.text, window);
        a->setObjectName(QLatin1String(entry.name));
        a->setShortcut(entry.key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(withoutMnemonic(entry.text),
                                                    entry.key.toString(QKeySequence::NativeText)));
        a->setStatusTip(entry.tip);
        const Lab lab = entry.lab;
        connect(a, &QAction::triggered, this, [this, lab] { open(lab); });
        window->addAction(a); // shortcuts work even while the menu bar is hidden
        m_actions[index(lab)] = a;
    }
}

// Docked at the bottom only if the person docks it there; it opens floating.
QDockWidget *LabControls::addDock(Lab lab, QWidget *content, const QString &title)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(labId(lab) + QStringLiteral("Dock"));
    dock->setWidget(content);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    m_docks[index(lab)] = dock;
    return dock;
}

QString LabControls::labId(Lab lab)
{
    switch (lab) {
    case Lab::Checkerboard:
        return QStringLiteral("checkerboard");
    case Lab::Shapes:
        return QStringLiteral("shapes");
    case Lab::Code:
        return QStringLiteral("code");
    case Lab::Weights:
        return QStringLiteral("weights");
    case Lab::Learn:
        return QStringLiteral("learn");
    case Lab::Upsampling:
        break;
    }
    return QStringLiteral("upsampling");
}

bool LabControls::open(const QString &id)
{
    for (Lab lab :
         {Lab::Upsampling, Lab::Checkerboard, Lab::Shapes, Lab::Code, Lab::Weights, Lab::Learn})
        if (labId(lab) == id) {
            open(lab);
            return true;
        }
    return false;
}

void LabControls::open(Lab lab)
{
    QDockWidget *dock = m_docks[index(lab)];
    // The first time, a window of its own with room to read it; after that the person's own
    // place and size stand, docked or not.
    if (!m_sized[index(lab)]) {
        m_sized[index(lab)] = true;
        if (!dock->isFloating())
            place(lab);
    }
    dock->show();
    dock->raise();
    dock->activateWindow();
    // The lab's first control takes the keyboard, so Tab goes on through the lab.
    QWidget *content = dock->widget();
    QWidget *w = content->nextInFocusChain();
    for (int guard = 0; w && w != content && guard < 500; w = w->nextInFocusChain(), ++guard)
        if (content->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled()
            && w->isVisibleTo(content)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
}

void LabControls::place(Lab lab)
{
    QDockWidget *dock = m_docks[index(lab)];
    dock->setFloating(true);
    const QSize size = readableSize(lab).boundedTo(m_window->size() * 0.92);
    dock->resize(size);
    dock->move(m_window->geometry().center() - QPoint(size.width(), size.height()) / 2);
}

void LabControls::reset()
{
    for (QDockWidget *dock : m_docks) {
        dock->hide();
        dock->setFloating(false);
    }
    m_sized.fill(false);
}

void LabControls::addTo(LessonBrowser *browser) const
{
    for (Lab lab : {Lab::Upsampling, Lab::Checkerboard, Lab::Shapes, Lab::Weights, Lab::Learn}) {
        const QAction *a = m_actions[index(lab)];
        browser->addLab(labId(lab), withoutMnemonic(a->text()), a->statusTip());
    }
}

void LabControls::fillMenus(QMenu *labs, QMenu *lessons) const
{
    labs->setObjectName(QStringLiteral("labsMenu"));
    for (QAction *a : m_actions)
        labs->addAction(a);
    lessons->addSeparator();
    lessons->addAction(m_actions[index(Lab::Upsampling)]);
}

} // namespace convstep
