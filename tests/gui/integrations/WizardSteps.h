#pragma once
// The connection wizard's first step as the CRM GUI tests take it.

#include "integrations/ConnectionWizardPages.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QWizard>

namespace wedsync::test {

// Waits for the catalog's ten CRMs, chooses `provider`, names the connection and goes on:
// true once the wizard is at the sign-in step.
inline bool chooseProvider(QWizard *wizard, const QString &provider, const QString &name,
                           int timeoutMs = 30000)
{
    auto *providerPage = qobject_cast<ProviderPage *>(wizard->page(ProviderStep));
    QListWidget *providers = providerPage->providerList();
    if (!QTest::qWaitFor([&] { return providers->count() == 10; }, timeoutMs))
        return false;
    for (int row = 0; row < providers->count(); ++row)
        if (providers->item(row)->data(Qt::UserRole).toString() == provider)
            providers->setCurrentRow(row);
    providerPage->nameEdit()->setText(name);
    wizard->next();
    return wizard->currentId() == AuthStep;
}

} // namespace wedsync::test
