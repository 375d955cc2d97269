#pragma once

#include "core/problem.h"
#include "ui/session/grid_fill.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QRandomGenerator;
class QSpinBox;
class QToolButton;

namespace convstep {

// The Problem panel's channel row: input and output channels, groups with a one-click
// depthwise preset (groups = C_in), and a bias per output channel. It never pushes an edit that
// breaks the groups rule: a group count that does not divide both channel counts is refused
// with a note beside it. Edits come out as whole problems for the panel to push.
class ChannelEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelEditor(QWidget *parent = nullptr);

    // Shows the problem's channels without emitting anything.
    void setProblem(const Problem &problem);

    QSpinBox *inChannels() const { return m_in; }
    QSpinBox *outChannels() const { return m_out; }
    QSpinBox *groups() const { return m_groups; }
    QToolButton *depthwise() const { return m_depthwise; }
    QLineEdit *biases() const { return m_biases; }
    QLabel *note() const { return m_note; }
    // Groups and the bias list show only for a problem with channels (more than one, or a list).
    bool compact() const { return m_compact; }

signals:
    void edited(const convstep::Problem &problem, const QString &description);

private:
    void editCounts();
    void makeDepthwise();
    void editBiases();

    Problem m_problem;
    QSpinBox *m_in = nullptr;
    QSpinBox *m_out = nullptr;
    QSpinBox *m_groups = nullptr;
    QToolButton *m_depthwise = nullptr;
    QLineEdit *m_biases = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_groupsLabel = nullptr;
    QLabel *m_biasLabel = nullptr;
    bool m_compact = false;
};

// After `input` or `kernel` of a channel problem was resized, every other channel (kernel)
// takes the same size: cells inside both sizes keep their values (resizedGrid).
void matchChannelSizes(Problem &problem, GridTarget target);
// A fill of a channel problem fills every channel (kernel), each drawn on its own.
void fillChannels(Problem &problem, GridTarget target, Fill fill, QRandomGenerator &random);

} // namespace convstep
