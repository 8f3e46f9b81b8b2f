#include "calendar/CalendarConnectWizard.h"

#include "calendar/CalendarAccountActions.h"
#include "calendar/CalendarConnectPages.h"
#include "common/WizardFocus.h"

using namespace Qt::StringLiterals;

namespace wedsync {

CalendarConnectWizard::CalendarConnectWizard(CalendarAccountActions *actions,
                                             const QString &organizationId, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<CalendarWizardState>())
{
    setObjectName(u"calendarConnectWizard"_s);
    setWindowTitle(tr("Connect a calendar"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(600, 460);
    m_state->actions = actions;
    m_state->organizationId = organizationId;
    setPage(CalendarProviderStep, new CalendarProviderPage(m_state.get(), this));
    setPage(CalendarAccountStep, new CalendarAccountPage(m_state.get(), this));
    setPage(CalendarChoiceStep, new CalendarChoicePage(m_state.get(), this));
    setStartId(CalendarProviderStep);
    focusFirstFieldOnEachStep(this);
    connect(this, &QDialog::accepted, this, [this] {
        if (m_state->account)
            Q_EMIT connected(*m_state->account);
    });
}

CalendarConnectWizard::~CalendarConnectWizard() = default;

void CalendarConnectWizard::reject()
{
    if (m_state->account && !m_state->finished)
        m_state->actions->discard(m_state->account->id);
    m_state->account.reset();
    QWizard::reject();
}

} // namespace wedsync
