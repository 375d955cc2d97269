#pragma once

#include "core/problem.h"
#include "ui/session/grid_fill.h"

#include <QString>
#include <QWidget>

#include <array>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;
class QUndoCommand;

namespace convstep {

class BiasBox;
class ChannelEditor;
class LessonDocument;
class PairEditor;
class PlaybackModel;

// The Problem dock's contents: every setting of the problem as a control. It reads the
// document and writes each change back as one undoable edit (document->editProblem); it never
// validates or traces. Errors come from the playback model and are shown under the field the
// core names, with that control tinted red.
class ProblemPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemPanel(LessonDocument *document, PlaybackModel *model,
                          QWidget *parent = nullptr);

    // The controls, for tests and for the main window (every one also has an objectName:
    // "operation", "inputSizeRows", "strideLink", "paddingMode", "fillInputRandom", ...).
    // The convolutions' rows (kernel size to bias) and the upsampling ops' (scale, and align
    // corners for bilinear only) are hidden while the op has no use for them.
    QComboBox *operation() const { return m_operation; }
    PairEditor *inputSize() const { return m_input; }
    PairEditor *scale() const { return m_scale; }
    QCheckBox *alignCorners() const { return m_alignCorners; }
    PairEditor *kernelSize() const { return m_kernel; }
    PairEditor *stride() const { return m_stride; }
    QComboBox *paddingMode() const { return m_paddingMode; }
    PairEditor *padding() const { return m_padding; }
    PairEditor *dilation() const { return m_dilation; }
    PairEditor *outputPadding() const { return m_outputPadding; }
    QDoubleSpinBox *bias() const;
    ChannelEditor *channels() const { return m_channels; }
    QToolButton *fillButton(GridTarget target) const;
    QAction *fillAction(GridTarget target, Fill fill) const;

    // The error on show ("" when the problem is valid) and the field it is shown under.
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }
    QLabel *errorLabel(const QString &field) const; // "" or an unknown field: the general one

    // Predict mode asks for the output's shape: until it is answered, "?" stands in for it.
    void setOutputSizeWithheld(bool withheld);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FieldRow
    {
        QString field;
        QLabel *error = nullptr;
        std::vector<QWidget *> marked; // controls tinted when the field is wrong
    };

    // Successive edits of one size box; see resizeInRun().
    struct ResizeRun
    {
        QString control;
        const QUndoCommand *command = nullptr; // the entry the run merges into
        Grid base; // the grid before the run
        Grid result; // the grid the run last produced
    };

    void buildControls();
    void buildOperationBox();
    PairEditor *makePairEditor(const char *name, const QString &label, const QString &separator,
                               const char *field, int minimum, int maximum);
    void buildUpsamplingControls();
    void buildConvolutionControls();
    void buildPaddingModeBox();
    void buildBiasBox();
    void chainTabOrder();
    void buildLayout();
    QToolButton *makeFillButton(GridTarget target);
    void addErrorRow(QGridLayout *grid, int row, const QString &field,
                     std::vector<QWidget *> marked);
    void styleErrorLabels();
    int scrollBarAllowance() const;

    void syncFromDocument();
    void showRowsFor(const Problem &p);
    bool isShown(const FieldRow &row) const;
    void showError();
    void showOutputSize();
    void showHint(const QString &field, const QString &message);

    const QUndoCommand *topCommand() const;
    Grid resizeInRun(const Grid &current, Pair size, GridTarget target, const QString &control);
    void edit(const Problem &problem, const QString &description, const QString &mergeKey);
    void editPair(const QString &field, Pair value, const QString &control);
    void editOperation(int index);
    void editAlignCorners(bool on);
    void editPaddingMode(int index);
    void editBias(double value);
    void fill(GridTarget target, Fill fill);

    LessonDocument *m_document;
    PlaybackModel *m_model;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    std::vector<QLabel *> m_fieldLabels; // every row's, shown or hidden
    QWidget *m_labelColumn = nullptr;
    QComboBox *m_operation = nullptr;
    PairEditor *m_input = nullptr;
    PairEditor *m_scale = nullptr;
    QCheckBox *m_alignCorners = nullptr;
    PairEditor *m_kernel = nullptr;
    PairEditor *m_stride = nullptr;
    QComboBox *m_paddingMode = nullptr;
    PairEditor *m_padding = nullptr;
    PairEditor *m_dilation = nullptr;
    PairEditor *m_outputPadding = nullptr;
    BiasBox *m_bias = nullptr;
    ChannelEditor *m_channels = nullptr;
    std::array<QToolButton *, 2> m_fillButtons{};
    std::array<std::array<QAction *, 4>, 2> m_fillActions{};
    QLabel *m_outputSize = nullptr;
    bool m_outputSizeWithheld = false;
    std::vector<QWidget *> m_convolutionRows; // kernel size to bias, labels included
    std::vector<QWidget *> m_scaleRow;
    std::vector<FieldRow> m_rows;
    ResizeRun m_run;
    QString m_errorText;
    QString m_errorField;
    QString m_hintField;
    QString m_hint;
    bool m_synced = false;
};

} // namespace convstep
