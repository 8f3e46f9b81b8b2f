#include "common/WizardFocus.h"

#include <QTimer>
#include <QWizard>

namespace wedsync {

void focusFirstFieldOnEachStep(QWizard *wizard)
{
    QObject::connect(wizard, &QWizard::currentIdChanged, wizard, [wizard] {
        QTimer::singleShot(0, wizard, [wizard] {
            QWizardPage *page = wizard->currentPage();
            for (QWidget *widget = page ? page->nextInFocusChain() : nullptr;
                 widget && widget != page; widget = widget->nextInFocusChain()) {
                if (page->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
                    && (widget->focusPolicy() & Qt::TabFocus)) {
                    widget->setFocus(Qt::TabFocusReason);
                    return;
                }
            }
        });
    });
}

} // namespace wedsync
