package org.irrigate.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class MemberDetailsService implements UserDetailsService {
    private final UserAccounts accounts;
    private final LoginThrottle throttle;

    MemberDetailsService(UserAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username)
                .map(account -> Member.of(account, throttle.locked(username)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
