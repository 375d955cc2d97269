#include "ui/widgets/predict_banner.h"

#include <QEvent>

#include <algorithm>

namespace convstep {

PredictBanner::PredictBanner(QWidget *stage)
    : QLabel(stage)
{
    setObjectName(QStringLiteral("predictBanner"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel#predictBanner { background: rgba(0, 0, 0, 215);"
                                 " color: white; border-radius: 12px; padding: 12px 24px; }"));
    stage->installEventFilter(this);
    hide();
}

void PredictBanner::showQuestion(const QString &question)
{
    m_question = question;
    setText(QStringLiteral("<div style=\"font-size:150%; font-weight:bold\">%1</div><div>%2</div>")
                .arg(tr("Predict, then press Space").toHtmlEscaped(), question.toHtmlEscaped()));
    place();
    show();
    raise();
}

bool PredictBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

// Across the top of the stage, its type sized for the back row of a classroom.
void PredictBanner::place()
{
    const QWidget *stage = parentWidget();
    QFont f = font();
    f.setPixelSize(std::clamp(stage->height() / 28, 14, 40));
    setFont(f);
    const int width = std::max(200, stage->width() * 4 / 5);
    resize(width, heightForWidth(width));
    move((stage->width() - width) / 2, 12);
}

} // namespace convstep
