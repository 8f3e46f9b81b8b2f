#pragma once
// The schema of each configuration setting type, and the one check a document passes before it
// is stored at a layer: the layer may hold the type, the document is not oversized, and every
// field is one the schema knows, of the right kind, at a layer that may set it.
//
// Documents are sparse: a layer holds only what it sets; the rest is inherited.
//   rbac          {templates: {<id>: {label, description, sections: {<section_type>: {<role>:
//                  {view, edit, hide}}}}}, appliedTemplate (tenant)}
//   modules       {enabled: {<module>: bool}, byBusinessType (platform): {<type>: {<module>:
//                  bool}}}
//   auth          {providers: {<id>: {enabled, label, clientId, clientSecret (secret),
//                  issuerUrl}}, login: {password, magicLink, sso, sessionMinutes}}
//   notifications {providers (platform, tenant): {email|sms|push: {provider, from, apiKey
//                  (secret)}}, preferences: {<event>: {email, sms, push, inApp}}, quietHours:
//                  {enabled, start, end}, digest}
//   mfa           {required, allowedMethods (platform, tenant), enabled, preferredMethod (user),
//                  rememberDeviceDays}
//   business_type {presets: {<type>: {label, rbacTemplate, sections: {<section_type>: bool}}}}
//                  (a type's modules: modules.byBusinessType)

#include "ConfigSchema.h"
#include "ConfigSettingType.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace wedsync {

const std::vector<ConfigField> &configSchema(ConfigSettingType type);

// Every problem of `document` as a `type` document written at `layer`; empty when it may be
// stored. An oversized document is one error on "" (not a walk of its content).
QList<FieldError> validateConfigDocument(ConfigSettingType type, ConfigLayer layer,
                                         const QJsonObject &document);

// The ways a person proves their identity a second time: totp, sms, webauthn, email.
const QStringList &mfaMethods();

} // namespace wedsync
