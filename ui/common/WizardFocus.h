#pragma once
// Each step of a wizard starts with the keyboard on its first field that can take it (fields a
// step shows or hides itself are not where QWizard would look).

class QWizard;

namespace wedsync {

void focusFirstFieldOnEachStep(QWizard *wizard);

} // namespace wedsync
