#pragma once

#include "core/grid.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace convstep {

class LessonDocument;

// Edit → Upstream Gradient…: the gradient ∂L/∂y the backward views start from, one number per
// output cell (all ones: L is the sum of the outputs). OK writes it to the lesson as one
// undoable edit; a cell that is not a number, or values that would overflow the gradient,
// keep the dialog open and say why. Precondition: the lesson's problem is a valid convolution.
class UpstreamDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UpstreamDialog(LessonDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problem; }
    void setAllOnes();

    void accept() override;

private:
    LessonDocument *m_document = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace convstep
