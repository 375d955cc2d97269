#pragma once

#include <QObject>
#include <QString>

class QActionGroup;
class QMenu;
class QWidget;

namespace convstep {

class NoticeBar;

// View → Language: the language ConvStep starts in, or the system's. The window's widgets are
// built in one language, so a new choice takes effect on the next start; the menu says so, and
// the notice bar offers to restart at once.
class LanguageMenu final : public QObject
{
    Q_OBJECT

public:
    LanguageMenu(QWidget *window, NoticeBar *notice);

    QMenu *menu() const { return m_menu; }
    QActionGroup *group() const { return m_group; }

    // The language to start in: `requested` (--lang) when given, else the saved choice, else
    // the system's. An unknown request gives an empty string.
    static QString startLanguage(const QString &requested);

signals:
    // The restart offered after a choice was accepted.
    void restartRequested();

private:
    void choose(const QString &code); // empty: follow the system

    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    NoticeBar *m_notice = nullptr;
    QString m_message; // the notice this menu showed last
};

} // namespace convstep
