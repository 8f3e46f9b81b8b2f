#include "integrations/ConnectionWizard.h"

#include "common/WizardFocus.h"
#include "integrations/ConnectionDraft.h"
#include "integrations/ConnectionWizardPages.h"

using namespace Qt::StringLiterals;

namespace wedsync {

ConnectionWizard::ConnectionWizard(const QList<CrmProviderInfo> &providers, ConnectionDraft *draft,
                                   QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<WizardState>())
{
    setObjectName(u"connectionWizard"_s);
    setWindowTitle(tr("Connect a CRM"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 480);
    m_state->draft = draft;
    m_state->providers = providers;
    setPage(ProviderStep, new ProviderPage(m_state.get(), this));
    setPage(AuthStep, new AuthPage(m_state.get(), this));
    setPage(SignInStep, new SignInPage(m_state.get(), this));
    setPage(TestStep, new TestPage(m_state.get(), this));
    setPage(ScheduleStep, new SchedulePage(m_state.get(), this));
    setPage(MappingStep, new MappingPage(m_state.get(), this));
    setPage(ReviewStep, new ReviewPage(m_state.get(), this));
    setStartId(ProviderStep);
    focusFirstFieldOnEachStep(this);
    connect(draft, &ConnectionDraft::finished, this,
            [this](const CrmIntegration &integration, const std::optional<CrmSyncJob> &job) {
                Q_EMIT connected(integration, job.has_value());
            });
}

ConnectionWizard::~ConnectionWizard() = default;

int ConnectionWizard::nextId() const
{
    // A CRM read from files has no rows to map until a file is imported; one that only
    // receives leads (Light Blue) takes its fixed form fields.
    if (currentId() == ScheduleStep
        && (m_state->readsFiles() || m_state->provider.connect == u"inbound"_s))
        return ReviewStep;
    // Only OAuth 2.0 signs in through the browser.
    if (currentId() == AuthStep && m_state->values.authType != u"oauth2"_s)
        return TestStep;
    return QWizard::nextId();
}

void ConnectionWizard::reject()
{
    m_state->draft->discard();
    QWizard::reject();
}

} // namespace wedsync
