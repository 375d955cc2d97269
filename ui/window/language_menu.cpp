#include "ui/window/language_menu.h"

#include "io/language.h"
#include "ui/widgets/notice_bar.h"
#include "ui/window/app_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPushButton>

namespace convstep {
namespace {

QString nameOf(const QString &code)
{
    for (const Language &language : languages())
        if (language.code == code)
            return language.name;
    return code;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *window, NoticeBar *notice)
    : QObject(window)
    , m_menu(new QMenu(tr("&Language"), window))
    , m_group(new QActionGroup(this))
    , m_notice(notice)
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    QAction *note = m_menu->addAction(tr("Takes effect when ConvStep starts again"));
    note->setEnabled(false);
    m_menu->addSeparator();
    const QString saved = windowSettings::language.read(QSettings());
    QAction *system = m_menu->addAction(tr("Follow the &System (%1)").arg(nameOf(systemLanguage())),
                                        this, [this] { choose({}); });
    system->setObjectName(QStringLiteral("language_system"));
    system->setCheckable(true);
    system->setChecked(saved.isEmpty());
    m_group->addAction(system);
    for (const Language &language : languages()) {
        QAction *a =
            m_menu->addAction(language.name, this, [this, code = language.code] { choose(code); });
        a->setObjectName(QStringLiteral("language_") + language.code);
        a->setCheckable(true);
        a->setChecked(saved == language.code);
        m_group->addAction(a);
    }
}

QString LanguageMenu::startLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return matchLanguage(requested);
    const QString saved = matchLanguage(windowSettings::language.read(QSettings()));
    return saved.isEmpty() ? systemLanguage() : saved;
}

void LanguageMenu::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        windowSettings::language.remove(settings);
    else
        windowSettings::language.write(settings, code);
    const QString next = code.isEmpty() ? systemLanguage() : code;
    if (next == currentLanguage()) {
        if (m_notice->isVisible() && m_notice->text() == m_message)
            m_notice->hide();
        return;
    }
    m_message = tr("ConvStep will start in %1 next time.").arg(nameOf(next));
    m_notice->showMessage(m_message);
    connect(m_notice->addButton(tr("&Restart Now")), &QPushButton::clicked, this,
            &LanguageMenu::restartRequested);
}

} // namespace convstep
