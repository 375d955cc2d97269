#pragma once

#include "core/trace.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace convstep {

class LessonDocument;
class MatrixExplorer;
class PlaybackModel;
class StageWidget;
class TransposeAnimation;

// The matrix view's commands in the main window: Transpose (T) and the Matrix Explorer dock
// (E), a zoomable heat map of C that follows the stage. The explorer belongs to the matrix
// view: it closes when another view is picked and comes back with the matrix view if it was
// open there, and never opens by itself in another view. The window keeps it as one object,
// so its own code needs only a line to create it and a line per menu.
class MatrixControls final : public QObject
{
    Q_OBJECT

public:
    explicit MatrixControls(QMainWindow *window, LessonDocument *document, PlaybackModel *model,
                            StageWidget *stage);

    QAction *transposeAction() const { return m_transpose; }
    QAction *explorerAction() const;
    QDockWidget *explorerDock() const { return m_dock; }
    MatrixExplorer *explorer() const { return m_explorer; }
    TransposeAnimation *animation() const { return m_animation; }

    // A convolution becomes the transposed convolution with the same C applied to its output;
    // a transposed one shows its C turning into Cᵀ. Both then replay Cᵀ·x in the matrix view.
    void transpose();

    // Closes the explorer outside the matrix view; for after the window restores a layout.
    void keepToMatrixView();

private:
    bool applies() const;
    void refreshExplorer();
    void offerExplorer();
    void followView(View view);
    void status(const QString &text) const;

    QMainWindow *m_window = nullptr;
    LessonDocument *m_document = nullptr;
    PlaybackModel *m_model = nullptr;
    StageWidget *m_stage = nullptr;
    TransposeAnimation *m_animation = nullptr;
    QAction *m_transpose = nullptr;
    QDockWidget *m_dock = nullptr;
    MatrixExplorer *m_explorer = nullptr;
    bool m_offered = false; // the explorer opens by itself once, for the first large matrix
    bool m_reopen = false; // it was open when the matrix view was left
};

} // namespace convstep
