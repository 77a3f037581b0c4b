package kz.kelisim.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.WebhookEndpoint;

/**
 * Whose webhooks a call is about: the calling operator's BIN, or the regulator's.
 */
@RequestScoped
public class Owners {

    private final Caller caller;

    public Owners(Caller caller) {
        this.caller = caller;
    }

    public String current() {
        return caller.hasRole(Roles.OPERATOR) ? caller.operatorId() : WebhookEndpoint.REGULATOR;
    }
}
