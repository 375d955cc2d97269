#pragma once

#include "core/problem.h"
#include "core/trace.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QBoxLayout;
class QDockWidget;
class QFrame;
class QMainWindow;

namespace convstep {

class LessonDocument;
class PlaybackModel;
class StageWidget;

// View → Compare Side by Side (C): a second stage beside the main one, showing the same
// moment of a related picture, read-only and in step with the main stage:
// - a convolution: its transpose, Cᵀ·y, scattering the output back (the shape comes back,
//   the numbers do not);
// - a transposed convolution whose lesson names its original input: the convolution that made
//   its input, on the left, so the original input stands beside the result;
// - a backward view: the forward pass on the left, its steps as far through the cells as the
//   gradient's (passStep), so y(r, c) is written beside the scatter of ∂L/∂y(r, c);
// - otherwise the same problem in the other view (scatter next to zero insertion; a
//   convolution without a transpose next to its matrix).
// Steps map through core/step_mapping.h. The upsampling ops have no partner. While it is on,
// the panels at the sides make way for the two stages; they come back when it is off.
class CompareControls final : public QObject
{
    Q_OBJECT

public:
    // The partner stage goes into `row` beside `stage`.
    explicit CompareControls(QMainWindow *window, LessonDocument *document, PlaybackModel *model,
                             StageWidget *stage, QBoxLayout *row);

    QAction *action() const { return m_action; }
    bool isOn() const { return m_on; }
    void setOn(bool on);

    StageWidget *partnerStage() const { return m_partnerStage; }
    PlaybackModel *partnerModel() const { return m_partner; }
    bool partnerShown() const; // on, and the problem has a partner
    bool partnerIsLeft() const { return m_left; }

private:
    enum class Relation { OtherView, Transpose };
    struct Partner
    {
        Problem problem;
        View view = View::Direct;
        Relation relation = Relation::OtherView;
        bool left = false;
        QString title;
    };

    std::optional<Partner> partnerOf() const;
    void rebuild();
    void follow();
    void restyle();
    void makeRoom(bool on);

    QMainWindow *m_window = nullptr;
    LessonDocument *m_document = nullptr;
    PlaybackModel *m_model = nullptr;
    StageWidget *m_stage = nullptr;
    QBoxLayout *m_row = nullptr;
    PlaybackModel *m_partner = nullptr;
    StageWidget *m_partnerStage = nullptr;
    QFrame *m_divider = nullptr; // a line between the two stages
    QAction *m_action = nullptr;
    bool m_on = false;
    bool m_left = false;
    Relation m_relation = Relation::OtherView;
    QString m_title;
    QList<QDockWidget *> m_madeRoom; // the side panels Compare hid, shown again when it ends
};

} // namespace convstep
