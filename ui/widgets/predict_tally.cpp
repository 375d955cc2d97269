#include "ui/widgets/predict_tally.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace convstep {
namespace {

constexpr int rowsWhenEmpty = PredictTally::maxOptions; // letters only: A–D

QString letter(int index)
{
    return QString(QChar(QLatin1Char('A').unicode() + index));
}

bool isTallyKey(const QKeyEvent *key)
{
    const int k = key->key();
    return (k >= Qt::Key_0 && k <= Qt::Key_9) || k == Qt::Key_Backspace || k == Qt::Key_Up
        || k == Qt::Key_Down || k == Qt::Key_Tab || k == Qt::Key_Backtab || k == Qt::Key_Return
        || k == Qt::Key_Enter || k == Qt::Key_Escape;
}

} // namespace

PredictTally::PredictTally(QWidget *stage)
    : QWidget(stage)
{
    setObjectName(QStringLiteral("predictTally"));
    setAccessibleName(tr("Tally of hands"));
    setFocusPolicy(Qt::StrongFocus);
    stage->installEventFilter(this);
    hide();
}

void PredictTally::setOptions(const QList<Option> &options)
{
    m_options = options.mid(0, maxOptions);
    if (m_options.isEmpty())
        for (int i = 0; i < rowsWhenEmpty; ++i)
            m_options.append(Option{});
    m_counts = QList<int>(m_options.size(), 0);
    m_current = 0;
    m_revealed = false;
    place();
    update();
}

void PredictTally::setRevealed(bool revealed)
{
    m_revealed = revealed;
    update();
}

QString PredictTally::summary() const
{
    QStringList parts;
    for (int i = 0; i < m_options.size(); ++i) {
        QString part = letter(i);
        if (!m_options[i].answer.isEmpty())
            part += QLatin1Char(' ') + m_options[i].answer + QLatin1Char(':');
        part += QLatin1Char(' ') + QString::number(m_counts[i]);
        if (m_revealed && m_options[i].right)
            part += QLatin1Char(' ') + tr("(right)");
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

void PredictTally::open()
{
    place();
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
}

// The keys it fills itself with win over the window's shortcuts (1–4 pick a view, Escape
// leaves classroom mode) while it has the keyboard.
bool PredictTally::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isTallyKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PredictTally::keyPressEvent(QKeyEvent *event)
{
    const int k = event->key();
    if (m_counts.isEmpty() || !isTallyKey(event)) {
        QWidget::keyPressEvent(event);
        return;
    }
    int &count = m_counts[m_current];
    if (k >= Qt::Key_0 && k <= Qt::Key_9)
        count = std::min(count * 10 + (k - Qt::Key_0), maxCount);
    else if (k == Qt::Key_Backspace)
        count /= 10;
    else if (k == Qt::Key_Up || k == Qt::Key_Backtab)
        moveMark(-1);
    else if (k == Qt::Key_Escape) {
        hide();
        emit closed();
    } else
        moveMark(1);
    update();
    event->accept();
}

void PredictTally::moveMark(int by)
{
    const int rows = static_cast<int>(m_counts.size());
    m_current = (m_current + by + rows) % rows;
}

bool PredictTally::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

QFont PredictTally::rowFont() const
{
    QFont f = font();
    f.setPixelSize(std::clamp(parentWidget()->height() / 24, 14, 44));
    return f;
}

// At the right of the stage, below the banner; wide enough for the longest answer.
void PredictTally::place()
{
    const QFontMetrics metrics(rowFont());
    int answerWidth = metrics.horizontalAdvance(QStringLiteral("000"));
    for (const Option &option : m_options)
        answerWidth = std::max(answerWidth, metrics.horizontalAdvance(option.answer));
    const int line = metrics.height() * 3 / 2;
    const int width = metrics.horizontalAdvance(QStringLiteral("A  ✓ ")) + answerWidth
        + metrics.horizontalAdvance(QStringLiteral("  000  ")) + line * 4;
    const int height = line * (static_cast<int>(m_options.size()) + 1) + line / 2;
    const QWidget *stage = parentWidget();
    resize(std::min(width, stage->width() - 24), std::min(height, stage->height() - 24));
    move(stage->width() - this->width() - 12, (stage->height() - this->height()) / 2);
}

void PredictTally::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
    p.fillPath(card, QColor(0, 0, 0, 220));
    const QFont font = rowFont();
    const QFontMetrics metrics(font);
    const int line = metrics.height() * 3 / 2;
    const int margin = line / 2;
    QFont title = font;
    title.setBold(true);
    p.setFont(title);
    p.setPen(Qt::white);
    const QRect titleRect(margin, margin / 2, width() - 2 * margin, line);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Hands"));
    p.setFont(font);
    int total = 0;
    for (int count : m_counts)
        total += count;
    const int letterWidth = metrics.horizontalAdvance(QStringLiteral("A  ✓ "));
    int answerWidth = 0;
    for (const Option &option : m_options)
        answerWidth = std::max(answerWidth, metrics.horizontalAdvance(option.answer));
    const int countWidth = metrics.horizontalAdvance(QStringLiteral("000"));
    for (int i = 0; i < m_options.size(); ++i) {
        const QRect row(margin, margin / 2 + line * (i + 1), width() - 2 * margin, line);
        if (i == m_current && hasFocus())
            p.fillRect(row, QColor(255, 255, 255, 40));
        const bool tick = m_revealed && m_options[i].right;
        p.setPen(tick ? QColor(0x56d364) : QColor(Qt::white));
        p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                   letter(i) + (tick ? QStringLiteral(" ✓") : QString()));
        QRect answer = row.adjusted(letterWidth, 0, 0, 0);
        p.drawText(answer, Qt::AlignLeft | Qt::AlignVCenter, m_options[i].answer);
        const QRect countRect(answer.left() + answerWidth + margin, row.top(), countWidth,
                              row.height());
        p.drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_counts[i]));
        const int barLeft = countRect.right() + margin;
        const int room = std::max(0, row.right() - barLeft);
        const int bar = total > 0 ? room * m_counts[i] / total : 0;
        p.fillRect(QRect(barLeft, row.top() + line / 4, bar, line / 2),
                   tick ? QColor(0x56d364) : QColor(0x58a6ff));
    }
}

} // namespace convstep
