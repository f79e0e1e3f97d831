package org.liberta.platform.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.platform.internal.domain.ApiToken;
import org.liberta.platform.internal.domain.KnownDevice;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.Programme;
import org.liberta.platform.internal.domain.UserAccount;

@ApplicationScoped
public class JpaPlatformRepository extends JpaStore implements PlatformRepository {

    @Override
    public Optional<Programme> programmeByCode(String code) {
        return first(em.createQuery("select p from Programme p where upper(p.code) = upper(:code)", Programme.class)
                .setParameter("code", code));
    }

    @Override
    public Optional<Programme> programmeById(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    @Override
    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.code", Programme.class).getResultList();
    }

    @Override
    public long countUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public Optional<UserAccount> userByUsername(String username) {
        return first(em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username == null ? "" : username.toLowerCase()));
    }

    @Override
    public Optional<UserAccount> userById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> users(int offset, int limit) {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<ApiToken> tokenByHash(String tokenHash) {
        return first(em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash));
    }

    @Override
    public List<UserAccount> administratorsToAlert() {
        return em.createQuery("select distinct u from UserAccount u join u.roles r where r = :admin and u.enabled = true"
                + " and u.email is not null order by u.username", UserAccount.class)
                .setParameter("admin", org.liberta.platform.api.Role.ADMIN).getResultList();
    }

    @Override
    public Optional<KnownDevice> deviceByHash(String tokenHash) {
        return first(em.createQuery("select d from KnownDevice d where d.tokenHash = :h", KnownDevice.class)
                .setParameter("h", tokenHash));
    }

    @Override
    public void revokeTokensOf(String username, Instant now) {
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.username = :u and t.revokedAt is null")
                .setParameter("now", now).setParameter("u", username).executeUpdate();
    }
}
