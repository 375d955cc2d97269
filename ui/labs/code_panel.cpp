#include "ui/labs/code_panel.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/session/playback_model.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStringList>
#include <QVBoxLayout>

namespace convstep {

CodePanel::CodePanel(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Framework code"));
    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("codeFramework"));
    m_framework->setAccessibleName(tr("Framework"));
    m_framework->setAccessibleDescription(tr("Whose script to show: PyTorch's or Keras's"));
    m_framework->addItem(tr("PyTorch"), static_cast<int>(Framework::PyTorch));
    m_framework->addItem(tr("Keras"), static_cast<int>(Framework::Keras));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("codeCopy"));
    m_copy->setToolTip(tr("Copy the script to the clipboard"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("codeText"));
    m_text->setAccessibleName(tr("Script"));
    m_text->setAccessibleDescription(tr("The problem on the stage as a script that runs it"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(mono).fixedPitch()) { // some platforms (offscreen) give no fixed font
        mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                          QStringLiteral("monospace")});
        mono.setStyleHint(QFont::TypeWriter);
    }
    m_text->setFont(mono);
    // Read-only but still navigable and selectable from the keyboard.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *label = new QLabel(tr("&Framework:"), this);
    label->setBuddy(m_framework);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_framework);
    bar->addStretch();
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);

    connect(m_framework, &QComboBox::currentIndexChanged, this, &CodePanel::refresh);
    connect(m_copy, &QPushButton::clicked, this, &CodePanel::copy);
    connect(m_model, &PlaybackModel::traceChanged, this, &CodePanel::refresh);
    connect(m_model, &PlaybackModel::errorChanged, this, &CodePanel::refresh);
    refresh();
}

Framework CodePanel::framework() const
{
    return static_cast<Framework>(m_framework->currentData().toInt());
}

void CodePanel::setFramework(Framework framework)
{
    m_framework->setCurrentIndex(m_framework->findData(static_cast<int>(framework)));
}

QString CodePanel::text() const
{
    return m_text->toPlainText();
}

void CodePanel::copy()
{
    if (m_stale)
        regenerate();
    QGuiApplication::clipboard()->setText(text());
}

void CodePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CodePanel::refresh()
{
    if (!isVisible() && !m_text->document()->isEmpty()) {
        m_stale = true;
        return;
    }
    regenerate();
}

void CodePanel::regenerate()
{
    m_stale = false;
    const Problem *problem = m_model->problem();
    const auto &error = m_model->error();
    const auto trace = m_model->trace();
    const bool backward = trace && isBackward(trace->view);
    QStringList notes;
    if (error && problem)
        notes << tr("The problem as edited has an error (%1); this is the script of the last "
                    "problem that worked.")
                     .arg(errorText(*error));
    if (backward && framework() == Framework::Keras)
        notes << tr("The gradient is shown in PyTorch's autograd; this Keras script runs the "
                    "forward pass.");
    m_note->setVisible(!notes.isEmpty());
    m_note->setText(notes.join(QLatin1Char(' ')));
    QString script;
    if (backward && framework() == Framework::PyTorch)
        script = qt(
            gradientScript(trace->problem, trace->upstream, trace->view == View::BackwardKernel));
    else if (problem)
        script = qt(frameworkScript(*problem, framework()));
    if (script != m_text->toPlainText()) {
        // Keep the reader's place when the script changes under them.
        const int scroll = m_text->verticalScrollBar()->value();
        m_text->setPlainText(script);
        m_text->verticalScrollBar()->setValue(scroll);
    }
    m_copy->setEnabled(problem != nullptr);
}

} // namespace convstep
