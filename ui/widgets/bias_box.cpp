#include "ui/widgets/bias_box.h"

#include "io/text.h"

#include <QLineEdit>
#include <QLocale>

namespace convstep {

BiasBox::BiasBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setToolTip(tr("Added to every output cell"));
}

void BiasBox::setChannelBiases(const std::vector<double> &biases)
{
    QStringList list;
    for (double b : biases)
        list << numberText(b);
    const QString shown = biases.empty() ? QString() : tr("per channel");
    setEnabled(biases.empty());
    setToolTip(biases.empty() ? tr("Added to every output cell")
                              : tr("A bias per output channel, set under Channels: %1")
                                    .arg(list.join(QStringLiteral(", "))));
    if (shown == m_shown)
        return;
    m_shown = shown;
    lineEdit()->setText(textFromValue(value()));
}

QString BiasBox::textFromValue(double value) const
{
    if (!m_shown.isEmpty())
        return m_shown;
    QLocale locale = this->locale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

} // namespace convstep
