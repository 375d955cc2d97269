#include "ui/widgets/lesson_browser.h"

#include "io/lesson_catalog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace convstep {
namespace {

constexpr int labRole = Qt::UserRole + 1; // a lab's id; lessons keep theirs in Qt::UserRole

} // namespace

QString lessonGroup(const QString &id)
{
    if (id.startsWith(QLatin1String("article-")))
        return LessonBrowser::tr("Worked examples");
    if (id.startsWith(QLatin1String("transposed-")))
        return LessonBrowser::tr("Transposed convolution arithmetic");
    if (id.startsWith(QLatin1String("classic-")))
        return LessonBrowser::tr("Convolution arithmetic");
    if (id.startsWith(QLatin1String("channels-")))
        return LessonBrowser::tr("Channels and groups");
    if (id.startsWith(QLatin1String("sequence-")))
        return LessonBrowser::tr("Sequences for a class");
    return LessonBrowser::tr("Upsampling without weights");
}

LessonBrowser::LessonBrowser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lessonBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    auto *heading = new QLabel(tr("<h2>Lessons</h2><p>Pick a lesson to watch it step by step. "
                                  "Every lesson can be edited and saved as your own.</p>"),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setAccessibleName(tr("Lessons"));
    m_list->setAccessibleDescription(tr("The built-in lessons and labs, in groups; Enter opens "
                                        "the one chosen"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    QString group;
    for (const CatalogEntry &entry : builtInLessons()) {
        if (lessonGroup(entry.id) != group) {
            group = lessonGroup(entry.id);
            auto *header = new QListWidgetItem(group, m_list);
            QFont font = header->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.15);
            header->setFont(font);
            header->setFlags(Qt::NoItemFlags);
        }
        auto *item =
            new QListWidgetItem(entry.lesson.title + QLatin1Char('\n') + entry.lesson.note, m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.lesson.note);
    }
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *open = new QPushButton(tr("&Open lesson"), this);
    open->setDefault(true);
    open->setToolTip(tr("Open the chosen lesson or lab"));
    auto *back = new QPushButton(tr("Back to the &stage"), this);
    back->setToolTip(tr("Leave the list without opening anything"));
    buttons->addWidget(back);
    buttons->addWidget(open);
    layout->addLayout(buttons);

    const auto choose = [this](QListWidgetItem *item) {
        if (item && item->data(labRole).isValid())
            emit labChosen(item->data(labRole).toString());
        else if (item && item->data(Qt::UserRole).isValid())
            emit lessonChosen(item->data(Qt::UserRole).toString());
    };
    connect(m_list, &QListWidget::itemActivated, this, choose);
    connect(open, &QPushButton::clicked, this, [this, choose] { choose(m_list->currentItem()); });
    connect(back, &QPushButton::clicked, this, &LessonBrowser::closed);
}

void LessonBrowser::addLab(const QString &id, const QString &title, const QString &note)
{
    if (m_list->findItems(tr("Labs"), Qt::MatchExactly).isEmpty()) {
        auto *header = new QListWidgetItem(tr("Labs"), m_list);
        QFont font = header->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        header->setFont(font);
        header->setFlags(Qt::NoItemFlags);
    }
    auto *item = new QListWidgetItem(title + QLatin1Char('\n') + note, m_list);
    item->setData(labRole, id);
    item->setToolTip(note);
}

} // namespace convstep
