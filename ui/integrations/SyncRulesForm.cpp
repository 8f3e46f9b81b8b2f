#include "integrations/SyncRulesForm.h"

#include "CrmCatalog.h"
#include "CrmText.h"
#include "IntegrationRules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

SyncRulesForm::SyncRulesForm(QWidget *parent)
    : QWidget(parent)
    , m_schedule(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_strategy(new QComboBox(this))
    , m_strategyHelp(new QLabel(this))
{
    m_schedule->setObjectName(u"schedule"_s);
    m_direction->setObjectName(u"direction"_s);
    m_strategy->setObjectName(u"conflictStrategy"_s);
    m_strategyHelp->setObjectName(u"strategyHelp"_s);
    m_strategyHelp->setWordWrap(true);
    m_schedule->addItem(CrmText::scheduleText(std::nullopt), QVariant());
    for (int minutes : {15, 30, 60, 120, 360, 720, 1440})
        m_schedule->addItem(CrmText::scheduleText(minutes), minutes);
    for (const QString &strategy :
         {u"newest_wins"_s, u"crm_wins"_s, u"wedsync_wins"_s, u"manual_review"_s})
        m_strategy->addItem(CrmText::strategyText(strategy), strategy);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("S&chedule:"), m_schedule);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("When &both sides changed:"), m_strategy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_strategyHelp);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        m_strategyHelp->setText(CrmText::strategyHelp(m_strategy->currentData().toString()));
    });
    m_schedule->setCurrentIndex(m_schedule->findData(60));
    m_strategyHelp->setText(CrmText::strategyHelp(m_strategy->currentData().toString()));
}

void SyncRulesForm::setProvider(const CrmProviderInfo &provider)
{
    const QString chosen = m_direction->currentData().toString();
    m_direction->clear();
    // Core's rule, the server's too: Light Blue only receives, files only import.
    const crm::ProviderInfo *known = crm::findProvider(provider.id);
    const QStringList directions
        = known ? crm::allowedDirections(*known) : QStringList {u"import_only"_s};
    for (const QString &direction : directions)
        m_direction->addItem(CrmText::directionText(direction), direction);
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(chosen)));
    m_direction->setEnabled(m_direction->count() > 1);
    const bool scheduled = provider.connect != u"file"_s;
    m_schedule->setEnabled(scheduled);
    if (!scheduled)
        m_schedule->setCurrentIndex(0);
}

void SyncRulesForm::setValues(std::optional<int> scheduleMinutes, const QString &direction,
                              const QString &conflictStrategy)
{
    const int schedule
        = m_schedule->findData(scheduleMinutes ? QVariant(*scheduleMinutes) : QVariant());
    if (schedule >= 0)
        m_schedule->setCurrentIndex(schedule);
    else if (scheduleMinutes) { // a value set elsewhere (the API takes any 15–1440)
        m_schedule->addItem(CrmText::scheduleText(scheduleMinutes), *scheduleMinutes);
        m_schedule->setCurrentIndex(m_schedule->count() - 1);
    }
    if (const int at = m_direction->findData(direction); at >= 0)
        m_direction->setCurrentIndex(at);
    if (const int at = m_strategy->findData(conflictStrategy); at >= 0)
        m_strategy->setCurrentIndex(at);
}

std::optional<int> SyncRulesForm::scheduleMinutes() const
{
    const QVariant minutes = m_schedule->currentData();
    return minutes.isValid() ? std::optional<int>(minutes.toInt()) : std::nullopt;
}

QString SyncRulesForm::direction() const
{
    return m_direction->currentData().toString();
}

QString SyncRulesForm::conflictStrategy() const
{
    return m_strategy->currentData().toString();
}

bool SyncRulesForm::isScheduled() const
{
    return m_schedule->isEnabled();
}

} // namespace wedsync
