#include "calendar/CalendarSyncForm.h"

#include "CalendarText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync {

CalendarSyncForm::CalendarSyncForm(QWidget *parent)
    : QWidget(parent)
    , m_calendars(new QListWidget(this))
    , m_direction(new QComboBox(this))
    , m_directionHelp(wrappingLabel(this, u"directionHelp"_s))
    , m_strategy(new QComboBox(this))
    , m_strategyHelp(wrappingLabel(this, u"strategyHelp"_s))
    , m_schedule(new QSpinBox(this))
    , m_timeZone(new QComboBox(this))
{
    m_calendars->setObjectName(u"calendarChoices"_s);
    m_calendars->setMaximumHeight(120);
    m_direction->setObjectName(u"directionBox"_s);
    for (const QString &direction : CalendarText::directions())
        m_direction->addItem(CalendarText::directionText(direction), direction);
    m_strategy->setObjectName(u"strategyBox"_s);
    for (const QString &strategy : CalendarText::strategies())
        m_strategy->addItem(CalendarText::strategyText(strategy), strategy);
    m_schedule->setObjectName(u"scheduleBox"_s);
    m_schedule->setRange(5, 1440);
    m_schedule->setValue(15);
    m_schedule->setSuffix(tr(" minutes"));
    m_timeZone->setObjectName(u"timeZoneBox"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [this, form](const QString &label, QWidget *field, const QString &key) {
        QLabel *problem = problemLabel(this, key + u"Problem"_s);
        m_problems.add(key, problem);
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        form->addRow(name, fieldWithProblem(field, problem));
    };
    row(tr("Ca&lendars to sync:"), m_calendars, u"calendars"_s);
    row(tr("&Direction:"), m_direction, u"direction"_s);
    form->addRow(QString(), m_directionHelp);
    row(tr("When both sides &changed:"), m_strategy, u"conflictStrategy"_s);
    form->addRow(QString(), m_strategyHelp);
    row(tr("Sync e&very:"), m_schedule, u"scheduleMinutes"_s);
    row(tr("&Time zone:"), m_timeZone, u"timeZone"_s);

    connect(m_direction, &QComboBox::currentIndexChanged, this,
            &CalendarSyncForm::updateDirectionHelp);
    connect(m_strategy, &QComboBox::currentIndexChanged, this,
            &CalendarSyncForm::updateStrategyHelp);
    connect(m_calendars, &QListWidget::itemChanged, this, &CalendarSyncForm::calendarsChanged);
    updateDirectionHelp();
    updateStrategyHelp();
}

void CalendarSyncForm::updateDirectionHelp()
{
    m_directionHelp->setText(CalendarText::directionHelp(m_direction->currentData().toString()));
}

void CalendarSyncForm::updateStrategyHelp()
{
    m_strategyHelp->setText(CalendarText::strategyHelp(m_strategy->currentData().toString()));
}

void CalendarSyncForm::setCalendars(const QList<CalendarFound> &found, const QStringList &chosen)
{
    const QSignalBlocker quiet(m_calendars);
    m_calendars->clear();
    QStringList hrefs;
    // A calendar by its name; its address (an opaque id at Outlook) only where two share one.
    QHash<QString, int> named;
    for (const CalendarFound &c : found)
        ++named[c.displayName];
    for (const CalendarFound &c : found) {
        auto *item = new QListWidgetItem(c.displayName.isEmpty() ? c.href
                                             : named.value(c.displayName) == 1
                                             ? c.displayName
                                             : tr("%1 (%2)").arg(c.displayName, c.href),
                                         m_calendars);
        item->setToolTip(c.href);
        item->setData(Qt::UserRole, c.href);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                       | (c.supportsEvents ? Qt::ItemIsSelectable : Qt::NoItemFlags));
        const bool tick
            = chosen.isEmpty() ? hrefs.isEmpty() && c.supportsEvents : chosen.contains(c.href);
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        hrefs << c.href;
    }
    for (const QString &href : chosen) { // chosen before, not offered now: still shown
        if (hrefs.contains(href))
            continue;
        auto *item = new QListWidgetItem(href, m_calendars);
        item->setData(Qt::UserRole, href);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    Q_EMIT calendarsChanged();
}

void CalendarSyncForm::setValues(const CalendarAccountInfo &account)
{
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(account.direction)));
    m_strategy->setCurrentIndex(qMax(0, m_strategy->findData(account.conflictStrategy)));
    m_schedule->setValue(account.scheduleMinutes);
    m_timeZone->setCurrentText(account.timeZone);
}

QStringList CalendarSyncForm::chosenCalendars() const
{
    QStringList hrefs;
    for (int row = 0; row < m_calendars->count(); ++row) {
        const QListWidgetItem *item = m_calendars->item(row);
        if (item->checkState() == Qt::Checked)
            hrefs << item->data(Qt::UserRole).toString();
    }
    return hrefs;
}

CalendarAccountChange CalendarSyncForm::change() const
{
    CalendarAccountChange change;
    change.calendars = chosenCalendars();
    change.direction = m_direction->currentData().toString();
    change.conflictStrategy = m_strategy->currentData().toString();
    change.scheduleMinutes = m_schedule->value();
    change.timeZone = m_timeZone->currentText().trimmed();
    return change;
}

QString CalendarSyncForm::showProblems(const ApiError &error)
{
    return m_problems.show(error);
}

} // namespace wedsync
