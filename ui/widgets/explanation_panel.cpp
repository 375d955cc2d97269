#include "ui/widgets/explanation_panel.h"

#include "core/shape_formula.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/timeline_widget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace convstep {
namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Rich text only for the line spacing; every piece of content is escaped.
QString paragraph(const QString &html)
{
    return QStringLiteral("<p style=\"line-height:135%; margin:0 0 3px 0\">%1</p>").arg(html);
}

// A word longer than a line (a long URL, or no spaces at all) gets places to break, so it
// wraps instead of widening the panel.
QString breakable(const QString &plain)
{
    constexpr int longWord = 24;
    constexpr int piece = 12;
    QString out;
    out.reserve(plain.size() + plain.size() / piece);
    int run = 0;
    for (const QChar c : plain) {
        run = c.isSpace() ? 0 : run + 1;
        out += c;
        if (run >= longWord && run % piece == 0)
            out += QChar(0x200B); // zero-width space
    }
    return out;
}

QString spaced(const QString &plain)
{
    return plain.isEmpty() ? QString() : paragraph(breakable(plain).toHtmlEscaped());
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ExplanationPanel::ExplanationPanel(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Explanation"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Explanation"));
    scroll->setAccessibleDescription(tr("The step, the output size formula and the lesson note"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    m_scroll = scroll;
    m_withheldNote = new QLabel(tr("Predict first: this step is explained once it plays."), this);
    m_withheldNote->setWordWrap(true);
    m_withheldNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_withheldNote->setMargin(14);
    m_withheldNote->hide();
    outer->addWidget(m_withheldNote, 1);

    m_content = new QWidget(scroll);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(14, 12, 14, 14);
    column->setSpacing(6);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_phase = new QLabel(m_content);
    m_phase->setAccessibleName(tr("Phase"));
    m_step = new QLabel(m_content);
    m_step->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_step->setWordWrap(true); // "Schritt 12 von 16" on two lines rather than cut in a narrow dock
    m_step->setAccessibleName(tr("Step"));
    header->addWidget(m_phase);
    header->addStretch(1);
    header->addWidget(m_step);
    column->addLayout(header);
    column->addSpacing(4);

    m_narration = addBody();
    m_narration->setAccessibleName(tr("Narration"));
    column->addWidget(m_narration);
    column->addSpacing(12);

    column->addWidget(addHeading(tr("Output size")));
    m_formula = addBody();
    m_formula->setAccessibleName(tr("Output size formula"));
    m_formula->setAutoFillBackground(true); // a card in the Base colour sets the maths apart
    m_formula->setBackgroundRole(QPalette::Base);
    m_formula->setForegroundRole(QPalette::Text);
    m_formula->setMargin(8);
    column->addWidget(m_formula);
    column->addSpacing(12);

    m_noteHeading = addHeading(tr("Lesson note"));
    column->addWidget(m_noteHeading);
    m_note = addBody();
    m_note->setAccessibleName(tr("Lesson note"));
    column->addWidget(m_note);
    m_noteWarning = addBody();
    m_noteWarning->setObjectName(QStringLiteral("noteOutOfDate"));
    setBody(m_noteWarning,
            tr("Possibly out of date: the problem has been edited since this note "
               "was written. Lessons → Lesson Properties… updates it."));
    column->addWidget(m_noteWarning);
    m_noteHeading->hide();
    m_note->hide();
    m_noteWarning->hide();
    column->addStretch(1);
    scroll->setWidget(m_content);

    // stepChanged always follows traceChanged, so narration never mixes two traces.
    connect(m_model, &PlaybackModel::traceChanged, this, &ExplanationPanel::takeTrace);
    connect(m_model, &PlaybackModel::stepChanged, this, &ExplanationPanel::takeStep);
    takeTrace();
    takeStep();
    applyFonts();
    applyColours();
}

QLabel *ExplanationPanel::addHeading(const QString &text)
{
    auto *label = new QLabel(text.toUpper(), m_content);
    m_headings.append(label);
    return label;
}

QLabel *ExplanationPanel::addBody()
{
    auto *label = new QLabel(m_content);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void ExplanationPanel::setLessonNote(const QString &note)
{
    m_noteText = note.trimmed();
    setBody(m_note, m_noteText);
    m_note->setVisible(!m_noteText.isEmpty());
    m_noteHeading->setVisible(!m_noteText.isEmpty());
    m_noteWarning->setVisible(!m_noteText.isEmpty() && m_noteOutOfDate);
}

void ExplanationPanel::setNoteOutOfDate(bool outOfDate)
{
    m_noteOutOfDate = outOfDate;
    m_noteWarning->setVisible(!m_noteText.isEmpty() && outOfDate);
    m_note->setEnabled(!outOfDate); // greyed, as text that may no longer hold
}

void ExplanationPanel::setWithheld(bool withheld)
{
    m_scroll->setVisible(!withheld);
    m_withheldNote->setVisible(withheld);
}

bool ExplanationPanel::isWithheld() const
{
    return m_withheldNote->isVisibleTo(this);
}

void ExplanationPanel::setBody(QLabel *label, const QString &plain)
{
    label->setText(spaced(plain));
    label->setAccessibleDescription(plain);
}

QString ExplanationPanel::phaseText() const
{
    return m_phase->text();
}

QString ExplanationPanel::stepText() const
{
    return m_step->text();
}

void ExplanationPanel::takeTrace()
{
    const Problem *problem = m_model->problem();
    m_formulaText = problem ? translated(shapeFormulasMessage(*problem)) : QString();
    renderFormula();
}

// One line per axis; what follows "; " (where Keras puts the odd padding or crop) goes on
// its own, quieter line under the formula.
void ExplanationPanel::renderFormula()
{
    const QColor muted = mix(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.3);
    QString html;
    for (const QString &line : m_formulaText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype split = line.indexOf(QStringLiteral("; "));
        html += paragraph(line.left(split).toHtmlEscaped());
        if (split >= 0)
            html += paragraph(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg(muted.name(), line.mid(split + 2).toHtmlEscaped()));
    }
    m_formula->setText(html);
    m_formula->setAccessibleDescription(m_formulaText);
    m_formula->setVisible(!m_formulaText.isEmpty());
}

void ExplanationPanel::takeStep()
{
    if (!m_model->trace()) {
        m_shownPhase.reset();
        m_phase->setText(tr("No lesson"));
        m_phase->setAccessibleDescription(m_phase->text());
        m_step->clear();
        m_step->setAccessibleDescription(QString());
        m_narrationText = tr("Open a lesson to see each step explained here.");
        setBody(m_narration, m_narrationText);
        styleChip();
        return;
    }
    const Step &step = m_model->currentStep();
    m_shownPhase = step.phase;
    m_phase->setText(capitalised(phaseLabel(step.phase)));
    m_step->setText(tr("Step %1 of %2").arg(m_model->step() + 1).arg(m_model->stepCount()));
    m_narrationText = convstep::stepText(step);
    setBody(m_narration, m_narrationText);
    // The labels are named for what they are; their text is their description.
    m_phase->setAccessibleDescription(m_phase->text());
    m_step->setAccessibleDescription(m_step->text());
    styleChip();
}

// The chip wears the phase's timeline colour, softened into the window colour so the text
// keeps its contrast in light and dark themes.
void ExplanationPanel::styleChip()
{
    const QPalette &pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor colour = m_shownPhase ? phaseColour(*m_shownPhase, pal) : pal.color(QPalette::Mid);
    m_phase->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-left: 4px solid %3;"
                       " border-radius: 3px; padding: 3px 8px; }")
            .arg(mix(window, colour, 0.3).name(), pal.color(QPalette::WindowText).name(),
                 colour.name()));
}

void ExplanationPanel::applyColours()
{
    const QPalette &pal = palette();
    const QColor muted = mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.35);
    for (QLabel *label : m_headings) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, muted);
        label->setPalette(p);
    }
    QPalette p = m_step->palette();
    p.setColor(QPalette::WindowText, muted);
    m_step->setPalette(p);
    QPalette warning = m_noteWarning->palette();
    warning.setColor(QPalette::WindowText, pal.color(QPalette::Link));
    m_noteWarning->setPalette(warning);
    styleChip();
    renderFormula();
}

// Relative to the panel's font, so a larger application font (classroom mode) scales it all.
void ExplanationPanel::applyFonts()
{
    m_phase->setFont(scaled(font(), 1.05, true));
    m_narration->setFont(scaled(font(), 1.1, false));
    QFont heading = scaled(font(), 0.85, true);
    heading.setLetterSpacing(QFont::PercentageSpacing, 106);
    for (QLabel *label : m_headings)
        label->setFont(heading);
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

} // namespace convstep
