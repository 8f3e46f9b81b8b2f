#pragma once
// When and how a CRM connection syncs — its schedule, direction and who wins when a client
// changed on both sides, with what that rule does — as the wizard's schedule step and the
// Configure dialog both ask it. The choices offered are core's rules for the CRM: Light Blue
// only receives, a file CRM only imports and has no schedule.

#include "CrmRecords.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace wedsync {

class SyncRulesForm : public QWidget
{
    Q_OBJECT
public:
    explicit SyncRulesForm(QWidget *parent = nullptr);

    // Offers what this CRM allows; keeps the choices that still fit.
    void setProvider(const CrmProviderInfo &provider);
    void setValues(std::optional<int> scheduleMinutes, const QString &direction,
                   const QString &conflictStrategy);
    std::optional<int> scheduleMinutes() const;
    QString direction() const;
    QString conflictStrategy() const;
    // False for a CRM read from files (nothing to poll).
    bool isScheduled() const;

private:
    QComboBox *m_schedule;
    QComboBox *m_direction;
    QComboBox *m_strategy;
    QLabel *m_strategyHelp;
};

} // namespace wedsync
