#pragma once

#include "ui/window/theme.h"

class QAction;

namespace convstep {

// The main window's own commands, created with the window and owned by it. Each action keeps
// its objectName (the field's name; "export" for exportLesson, "theme_<key>" for the themes)
// for whatever finds one by name. Transpose, the Matrix Explorer and the labs belong to
// MatrixControls, CompareControls and LabControls.
struct MainActions
{
    // File
    QAction *newLesson = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *exportLesson = nullptr;
    QAction *quit = nullptr;

    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *editCell = nullptr;
    QAction *editUpstream = nullptr; // the backward views' ∂L/∂y (UpstreamDialog)
    QAction *zeroCell = nullptr;

    // Playback
    QAction *playPause = nullptr;
    QAction *stepBack = nullptr;
    QAction *stepForward = nullptr;
    QAction *firstStep = nullptr;
    QAction *lastStep = nullptr;
    QAction *slower = nullptr;
    QAction *faster = nullptr;
    QAction *followAlong = nullptr;
    // Page Down / Page Up (presentation remotes): a step, and at either end of a lesson on to
    // the next lesson of a sequence or back to the previous one.
    QAction *pageForward = nullptr;
    QAction *pageBack = nullptr;

    // View: the four pictures of the forward pass, keys 1–4, and the backward pass's two
    // gradients, keys 5 and 6
    QAction *viewSliding = nullptr;
    QAction *viewScatter = nullptr;
    QAction *viewZeroInsertion = nullptr;
    QAction *viewMatrix = nullptr;
    QAction *viewGradInput = nullptr;
    QAction *viewGradKernel = nullptr;
    // The matrix view written with names (w₀₀, x₀, y₀) instead of numbers, key S
    QAction *symbols = nullptr;
    // A channel problem's stage: the next or previous input channel (I, Shift+I) or output
    // channel (O, Shift+O) to the front of its deck
    QAction *nextInputChannel = nullptr;
    QAction *previousInputChannel = nullptr;
    QAction *nextOutputChannel = nullptr;
    QAction *previousOutputChannel = nullptr;

    // View → Theme
    QAction *themeSystem = nullptr;
    QAction *themeLight = nullptr;
    QAction *themeDark = nullptr;

    // View: classroom and text size
    QAction *classroom = nullptr;
    QAction *leaveClassroom = nullptr;
    QAction *blank = nullptr;
    QAction *largerText = nullptr;
    QAction *smallerText = nullptr;
    QAction *resetLayout = nullptr;

    // Lessons: the current lesson's title and note; the lessons of a sequence
    QAction *lessonProperties = nullptr;
    QAction *nextLesson = nullptr;
    QAction *previousLesson = nullptr;

    // Lessons and Help
    QAction *startPage = nullptr;
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    QAction *theme(ThemeChoice choice) const
    {
        switch (choice) {
        case ThemeChoice::Light:
            return themeLight;
        case ThemeChoice::Dark:
            return themeDark;
        case ThemeChoice::System:
            break;
        }
        return themeSystem;
    }
};

} // namespace convstep
