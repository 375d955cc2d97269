#include "ui/widgets/pair_editor.h"

#include "ui/render/stage_style.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace convstep {
namespace {

// A spin box's line edit claims Ctrl+Z in ShortcutOverride; ignoring the override there
// hands the key to the shortcut map, where the window's Undo action takes it.
class UndoPassThrough final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// QSpinBox drops a key that would take its text out of range ("99" in a box of 1 to 16 stays
// "9") without a word; this one passes the text that was refused to `refused`.
class RangeSpinBox final : public QSpinBox
{
public:
    RangeSpinBox(std::function<void(const QString &)> refused, QWidget *parent)
        : QSpinBox(parent)
        , m_refused(std::move(refused))
    { }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const QString typed = event->text();
        const QLineEdit *edit = lineEdit();
        const QString before = edit->text();
        QString wanted = before;
        if (edit->hasSelectedText())
            wanted.replace(edit->selectionStart(), edit->selectedText().size(), typed);
        else
            wanted.insert(edit->cursorPosition(), typed);
        QSpinBox::keyPressEvent(event);
        if (!typed.isEmpty() && typed.front().isPrint() && wanted != before
            && edit->text() == before)
            m_refused(wanted);
    }

private:
    std::function<void(const QString &)> m_refused;
};

// Two chain links: overlapping when linked, pulled apart with a break when not. Drawn rather
// than taken from an icon theme, which an offscreen or non-Linux session may lack.
QPixmap chainPixmap(int side, qreal dpr, const QColor &color, bool linked)
{
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, side / 9.0, Qt::SolidLine, Qt::RoundCap));
    const qreal h = side * 0.42;
    const qreal w = side * (linked ? 0.58 : 0.4);
    const qreal y = (side - h) / 2;
    const QRectF left(side * 0.04, y, w, h);
    const QRectF right(side * 0.96 - w, y, w, h);
    p.drawRoundedRect(left, h / 2, h / 2);
    p.drawRoundedRect(right, h / 2, h / 2);
    if (!linked) {
        const qreal mid = side / 2.0;
        p.drawLine(QPointF(mid, y - side * 0.2), QPointF(mid, y - side * 0.06));
        p.drawLine(QPointF(mid, y + h + side * 0.06), QPointF(mid, y + h + side * 0.2));
    }
    return pixmap;
}

} // namespace

void routeUndoToWindow(QAbstractSpinBox *spin)
{
    auto *filter = new UndoPassThrough(spin);
    spin->installEventFilter(filter);
    if (auto *edit = spin->findChild<QLineEdit *>())
        edit->installEventFilter(filter);
}

void setInvalidMark(QWidget *control, bool invalid, const QString &message)
{
    control->setProperty("invalid", invalid);
    control->setAccessibleDescription(invalid ? message : QString());
    if (!invalid) {
        control->setPalette(QPalette()); // an empty palette: every role inherited again
        return;
    }
    const QWidget *parent = control->parentWidget();
    const QColor base = (parent ? parent->palette() : control->palette()).color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    // Only Base is set, so the other roles keep following the theme.
    QPalette palette;
    palette.setColor(QPalette::Base, blend(base, QColor(220, 40, 40), dark ? 0.35 : 0.2));
    control->setPalette(palette);
}

PairEditor::PairEditor(const QString &name, const QString &label, const QString &separator,
                       QWidget *parent)
    : QWidget(parent)
    , m_rows(new RangeSpinBox([this](const QString &text) { refuse(text); }, this))
    , m_separator(new QLabel(separator, this))
    , m_cols(new RangeSpinBox([this](const QString &text) { refuse(text); }, this))
    , m_link(new QToolButton(this))
    , m_label(label)
{
    setObjectName(name);
    m_rows->setObjectName(name + QLatin1String("Rows"));
    m_cols->setObjectName(name + QLatin1String("Cols"));
    m_link->setObjectName(name + QLatin1String("Link"));
    m_rows->setAccessibleName(tr("%1 rows").arg(label));
    m_cols->setAccessibleName(tr("%1 columns").arg(label));
    // One tip for the pair, on each spin box too: it is their accessible description.
    m_tip = tr("%1: rows (height), then columns (width)").arg(label);
    setNote(QString());
    m_link->setAccessibleName(tr("Link %1 rows and columns").arg(label.toLower()));
    m_link->setToolTip(tr("Link rows and columns: one change sets both"));
    m_link->setCheckable(true);
    m_link->setAutoRaise(true);
    m_link->setFocusPolicy(Qt::StrongFocus);
    m_separator->setAlignment(Qt::AlignCenter);
    m_separator->setAccessibleName(QString()); // decoration; the spin boxes say rows/columns

    for (QSpinBox *spin : {m_rows, m_cols}) {
        spin->setAlignment(Qt::AlignRight);
        spin->setAccelerated(true);
        routeUndoToWindow(spin);
        connect(spin, &QSpinBox::valueChanged, this,
                [this, spin](int value) { spinChanged(spin, value); });
    }
    connect(m_link, &QToolButton::clicked, this, &PairEditor::linkClicked);
    connect(m_link, &QToolButton::toggled, this, &PairEditor::updateLinkIcon);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_separator);
    layout->addWidget(m_cols, 1);
    layout->addSpacing(2);
    layout->addWidget(m_link);
    setTabOrder(m_rows, m_cols);
    setTabOrder(m_cols, m_link);
    setFocusProxy(m_rows);
    updateLinkIcon();
    updateSeparatorWidth();
}

void PairEditor::setRange(int minimum, int maximum)
{
    const QSignalBlocker rows(m_rows);
    const QSignalBlocker cols(m_cols);
    m_rows->setRange(minimum, maximum);
    m_cols->setRange(minimum, maximum);
}

Pair PairEditor::value() const
{
    return {m_rows->value(), m_cols->value()};
}

void PairEditor::setValue(Pair value)
{
    // Only touch a box whose value differs: setValue() rewrites the text and would move the
    // cursor of someone typing into it while their own edit comes back from the document.
    if (m_rows->value() != value.h) {
        const QSignalBlocker blocker(m_rows);
        m_rows->setValue(value.h);
    }
    if (m_cols->value() != value.w) {
        const QSignalBlocker blocker(m_cols);
        m_cols->setValue(value.w);
    }
}

void PairEditor::setNote(const QString &note)
{
    const QString tip = note.isEmpty() ? m_tip : m_tip + QLatin1Char('\n') + note;
    for (QWidget *w : std::initializer_list<QWidget *>{this, m_rows, m_cols})
        w->setToolTip(tip);
}

bool PairEditor::isLinked() const
{
    return m_link->isChecked();
}

void PairEditor::setLinked(bool linked)
{
    m_link->setChecked(linked);
}

void PairEditor::setInvalid(bool invalid, const QString &message)
{
    m_invalid = invalid;
    m_message = message;
    setInvalidMark(m_rows, invalid, message);
    setInvalidMark(m_cols, invalid, message);
}

void PairEditor::spinChanged(QSpinBox *spin, int value)
{
    Pair pair = this->value();
    if (isLinked())
        pair = {value, value};
    emit edited(pair, spin->objectName());
}

void PairEditor::refuse(const QString &text)
{
    bool number = false;
    const qlonglong value = text.trimmed().toLongLong(&number);
    const int lo = m_rows->minimum();
    const int hi = m_rows->maximum();
    if (number && value > hi)
        emit refused(tr("%1 is at most %2: %3 is too large").arg(m_label).arg(hi).arg(text));
    else if (number && value < lo)
        emit refused(tr("%1 is at least %2").arg(m_label).arg(lo));
    else
        emit refused(tr("%1 takes a whole number from %2 to %3").arg(m_label).arg(lo).arg(hi));
}

// Linking makes the pair square at once (cols follow rows), so "linked" always means equal.
void PairEditor::linkClicked(bool linked)
{
    const Pair pair = value();
    if (linked && pair.h != pair.w)
        emit edited({pair.h, pair.h}, m_link->objectName());
}

void PairEditor::updateLinkIcon()
{
    // Grows with the font, so the toggle stays legible at presentation sizes.
    const int side = std::max(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this),
                              qRound(fontMetrics().height() * 0.9));
    const qreal dpr = devicePixelRatioF();
    const QColor color = palette().color(QPalette::ButtonText);
    // Linked draws in the accent colour: the closed chain should read as "on" at a glance in
    // themes whose checked tool buttons look flat.
    const QColor accent = palette().color(QPalette::Highlight);
    QIcon icon;
    icon.addPixmap(chainPixmap(side, dpr, accent, true), QIcon::Normal, QIcon::On);
    icon.addPixmap(chainPixmap(side, dpr, color, false), QIcon::Normal, QIcon::Off);
    const QColor muted = palette().color(QPalette::Disabled, QPalette::ButtonText);
    icon.addPixmap(chainPixmap(side, dpr, muted, true), QIcon::Disabled, QIcon::On);
    icon.addPixmap(chainPixmap(side, dpr, muted, false), QIcon::Disabled, QIcon::Off);
    m_link->setIcon(icon);
    m_link->setIconSize(QSize(side, side));
    m_link->setAccessibleDescription(isLinked() ? tr("Linked") : tr("Not linked"));
}

// The same width in every editor (whatever the separator) so the columns of a form line up.
void PairEditor::updateSeparatorWidth()
{
    const QFontMetrics metrics = fontMetrics();
    m_separator->setFixedWidth(std::max(metrics.horizontalAdvance(QChar(0x00D7)),
                                        metrics.horizontalAdvance(QLatin1Char(',')))
                               + metrics.averageCharWidth());
}

void PairEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        updateLinkIcon();
        if (m_invalid)
            setInvalid(true, m_message); // re-derive the tint from the new palette
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateLinkIcon();
        updateSeparatorWidth();
        break;
    default:
        break;
    }
}

} // namespace convstep
