#pragma once
// /api/v1/auth: login, refresh, logout and "who am I".

#include "http/Router.h"

namespace wedsync::server {

class AuthService;
class Authenticator;

class AuthApi
{
public:
    AuthApi(AuthService &service, Authenticator &authenticator);
    void registerRoutes(Router &router);

private:
    ApiResponse login(ApiRequest &request);
    ApiResponse refresh(ApiRequest &request);
    ApiResponse logout(ApiRequest &request);
    ApiResponse me(ApiRequest &request);

    AuthService &m_service;
    Authenticator &m_authenticator;
};

} // namespace wedsync::server
