#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace convstep {

// The start page: every built-in lesson with its one-line note, grouped as in the menu.
class LessonBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit LessonBrowser(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

    // A lab at the end of the list, under "Labs"; choosing it emits labChosen(id).
    void addLab(const QString &id, const QString &title, const QString &note);

signals:
    void lessonChosen(const QString &id);
    void labChosen(const QString &id);
    void closed();

private:
    QListWidget *m_list = nullptr;
};

// Built-in lessons fall into three groups by their id prefix.
QString lessonGroup(const QString &id);

} // namespace convstep
