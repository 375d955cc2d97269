#pragma once

#include "io/error.h"
#include "io/lesson.h"
#include "ui/window/main_actions.h"
#include "ui/window/theme.h"

#include <QMainWindow>

#include <optional>

class QActionGroup;
class QDockWidget;
class QHBoxLayout;
class QLabel;
class QMenu;
class QScreen;
class QStackedWidget;

namespace convstep {

class Autosaver;
class CalculationStrip;
class CompareControls;
class ExplanationPanel;
class KeyHint;
class LabControls;
class LanguageMenu;
class LessonBrowser;
class LessonDocument;
class MatrixControls;
class NoticeBar;
class PlaybackBar;
class PlaybackModel;
class PredictControls;
class ProblemPanel;
class StageWidget;

// The window's size before one is saved: roomy, but within 92 % of the screen's free area
// (a laptop at 200 % scaling has only 1280 × 800 logical pixels).
QSize firstRunSize(const QScreen *screen);

// The stage never gets smaller than this, whatever docks and labs are open: a 3×3 kernel
// beside a small input and output keeps cells big enough for their numbers.
inline constexpr QSize legibleStageSize{400, 260};

// The ConvStep window: the stage in the centre with the calculation strip under it, the
// playback bar along the foot of the window, the problem panel and the explanation in docks,
// and every command as an action with a keyboard shortcut.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // An empty autosave path uses the application's data folder.
    explicit MainWindow(const QString &autosavePath = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` if given (a bad file: a notice, then the default lesson); otherwise the
    // last lesson or the default one, offering any autosaved lesson left by a crash.
    void startUp(const QString &path = QString());

    // Both return nullopt on success, else why not (nothing is changed then).
    std::optional<Error> openLessonFile(const QString &path);
    void openBuiltInLesson(const QString &id);
    std::optional<Error> saveLessonAs(const QString &path);
    // File → New Lesson: an untitled lesson on the default problem (after asking to save).
    void newLesson();
    // Lessons → Lesson Properties…: the title and note; the dialog is open when this returns.
    void showLessonProperties();
    // Goes to lesson `index` of the sequence, at its first step or its last.
    bool goToLesson(int index, bool atLastStep = false);
    // View → Reset Layout: the docks where and as large as on the first run, labs closed.
    void resetLayout();
    // Shows a lesson that has no file (a new exercise, the problem of a mistake to replay)
    // after asking to save changes; false when that question was cancelled.
    bool openUnsavedLesson(const Lesson &lesson);

    LessonDocument *document() const { return m_document; }
    PlaybackModel *model() const { return m_model; }
    StageWidget *stage() const { return m_stage; }
    NoticeBar *notice() const { return m_notice; }
    ProblemPanel *problemPanel() const { return m_problemPanel; }
    PlaybackBar *playbackBar() const { return m_playbackBar; }
    CalculationStrip *calculationStrip() const { return m_calculation; }
    ExplanationPanel *explanationPanel() const { return m_explanation; }
    Autosaver *autosaver() const { return m_autosaver; }
    const MainActions &mainActions() const { return m_actions; }
    MatrixControls *matrixControls() const { return m_matrix; }
    LabControls *labControls() const { return m_labs; }
    LanguageMenu *languageMenu() const { return m_language; }
    CompareControls *compareControls() const { return m_compare; }
    PredictControls *predictControls() const { return m_predict; }

    void setThemeChoice(ThemeChoice choice);
    ThemeChoice themeChoice() const { return m_themeChoice; }

    void setClassroomMode(bool on);
    bool isClassroomMode() const { return m_classroom; }
    double textScale() const { return m_textScale; }
    KeyHint *keyHint() const { return m_keyHint; }
    QList<const QAction *> listedShortcuts() const; // the Keyboard Shortcuts list (F1), in order
    QLabel *narrationLine() const { return m_narrationLine; } // classroom mode's narration

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    QWidget *createStagePage();
    void createNarrationLine();
    void createPanelDocks();
    void createActions();
    void createFileActions();
    void createEditActions();
    void createPlaybackActions();
    void createViewActions();
    void createThemeActions();
    void createClassroomActions();
    void createHelpActions();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createPlaybackMenu();
    QMenu *createLessonsMenu();
    void createHelpMenu();
    void createToolBar();
    void connectModel();
    bool reopenLastLesson();
    void loadFile(const LessonFile &file, const QString &path, bool modified = false);
    void showCurrentLesson(); // the document's current lesson: its view, step and note
    void showLessonText(); // the title on the stage and the window, the note and its state
    void pageStep(int direction); // Page Down (+1) / Page Up (−1)
    // Keys 1–4: a view of the other operation is refused with a hint in the status bar.
    void pickView(View view, std::optional<Op> op);
    void applyView(View view);
    void updateViewActions();
    void updatePlayAction(bool playing);
    void updateTransportIcons();
    void updateTitle();
    bool maybeSave();
    void openLessonOrWarn(const QString &path); // a failure in a message box
    bool save();
    bool saveAsDialog();
    void openDialog();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showStartPage(bool show);
    void zeroSelectedCell();
    void editSelectedCell();
    void editUpstream();
    // One cell of ∂L/∂y typed on the stage: the same undoable edit as the dialog's.
    void setUpstreamCell(Cell cell, double value);
    void showShortcuts();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void applyStyle();
    void scaleText(double factor);
    void restart(); // after View → Language: close (asking to save), then start again
    void setBlanked(bool blanked); // the stage, its narration and its arithmetic
    void sizeSidePanels(); // the Problem and Explanation docks as on the first run

    LessonDocument *m_document = nullptr;
    PlaybackModel *m_model = nullptr;
    Autosaver *m_autosaver = nullptr;
    MainActions m_actions;
    StageWidget *m_stage = nullptr;
    NoticeBar *m_notice = nullptr;
    QStackedWidget *m_pages = nullptr;
    LessonBrowser *m_browser = nullptr;
    ProblemPanel *m_problemPanel = nullptr;
    PlaybackBar *m_playbackBar = nullptr;
    CalculationStrip *m_calculation = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    MatrixControls *m_matrix = nullptr; // the matrix view's Transpose and explorer dock
    LabControls *m_labs = nullptr; // the Labs menu's docks
    LanguageMenu *m_language = nullptr; // View → Language
    CompareControls *m_compare = nullptr; // View → Compare Side by Side
    QHBoxLayout *m_stageRow = nullptr; // the stage, and the compared one beside it
    QByteArray m_firstRunState; // the docks as the window created them, for Reset Layout
    PredictControls *m_predict = nullptr; // predict mode, exercises and worksheets
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    QString m_lastLesson; // file path or "builtin:<id>"
    KeyHint *m_keyHint = nullptr;
    QLabel *m_narrationLine = nullptr;
    bool m_classroom = false;
    bool m_wasMaximized = false;
    QByteArray m_beforeClassroom;
    double m_textScale = 1.0;
};

} // namespace convstep
