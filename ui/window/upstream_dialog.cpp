#include "ui/window/upstream_dialog.h"

#include "core/gradient.h"
#include "core/narration.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/session/lesson_document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace convstep {
namespace {

// What a person types for a number, as the stage's cell editor reads it (− for minus too).
std::optional<double> typedNumber(QString text)
{
    text = text.trimmed().replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

UpstreamDialog::UpstreamDialog(LessonDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Upstream Gradient ∂L/∂y"));
    const Grid upstream = m_document->lesson().upstreamGradient();
    const int rows = static_cast<int>(upstream.rows());
    const int cols = static_cast<int>(upstream.cols());

    auto *intro =
        new QLabel(tr("The backward views start from g = ∂L/∂y, one number per output cell (%1). "
                      "All ones is the gradient of L = the sum of the outputs; any other g weighs "
                      "each output's share of the loss.")
                       .arg(qt(sizeText({rows, cols}))),
                   this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(rows, cols, this);
    m_table->setAccessibleName(tr("Upstream gradient"));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            auto *item = new QTableWidgetItem(numberText(upstream(r, c)));
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(r, c, item);
        }
    QStringList rowNames;
    for (int r = 0; r < rows; ++r)
        rowNames << QString::number(r);
    QStringList colNames;
    for (int c = 0; c < cols; ++c)
        colNames << QString::number(c);
    m_table->setVerticalHeaderLabels(rowNames);
    m_table->setHorizontalHeaderLabels(colNames);
    m_table->horizontalHeader()->setDefaultSectionSize(64);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d1242f"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ones = buttons->addButton(tr("All &Ones"), QDialogButtonBox::ResetRole);
    ones->setObjectName(QStringLiteral("allOnes"));
    connect(ones, &QPushButton::clicked, this, &UpstreamDialog::setAllOnes);
    connect(buttons, &QDialogButtonBox::accepted, this, &UpstreamDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UpstreamDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(std::min(120 + 64 * cols, 720), std::min(220 + 32 * rows, 560));
}

void UpstreamDialog::setAllOnes()
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->item(r, c)->setText(QStringLiteral("1"));
}

void UpstreamDialog::accept()
{
    Grid upstream(m_table->rowCount(), m_table->columnCount());
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const auto value = typedNumber(m_table->item(r, c)->text());
            if (!value) {
                m_table->setCurrentCell(r, c);
                m_problem->setText(tr("Cell %1 is not a number; type one, such as 1, -0.5 or 2e-3.")
                                       .arg(qt(cellText({r, c}))));
                m_problem->show();
                return;
            }
            upstream(r, c) = *value;
        }
    if (const auto error = checkUpstream(m_document->problem(), upstream)) {
        m_problem->setText(errorText(*error));
        m_problem->show();
        return;
    }
    const Grid before = m_document->lesson().upstreamGradient();
    if (!(before.array() == upstream.array()).all())
        m_document->setUpstream(upstream);
    QDialog::accept();
}

} // namespace convstep
