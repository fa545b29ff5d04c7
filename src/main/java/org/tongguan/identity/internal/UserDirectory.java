package org.tongguan.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.user.UserAccount;
import org.tongguan.identity.user.UserStore;

/** Looks up the caller an enabled user currently is, with today's roles, scope and department. */
@Service
public class UserDirectory {

	private final UserStore users;

	UserDirectory(UserStore users) {
		this.users = users;
	}

	/** The caller for the username, or empty when no enabled user has it. */
	public Optional<Caller> enabledCaller(String username) {
		return users.find(username).filter(UserAccount::enabled).map(UserAccount::caller);
	}
}
