package org.liberta.platform.internal.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Relationship;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.Programme;

/** Programmes: administrators define them; everyone reads the ones in their scope. */
@ApplicationScoped
@Transactional
public class ProgrammeService implements Programmes {

    @Inject
    private RecordLocks locks;

    @Inject
    private Validator validator;

    @Inject
    private PlatformRepository repository;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private ProgrammeIdsCache cache;

    /** A programme as an administrator describes it. */
    public record ProgrammeDefinition(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
            @NotNull Relationship relationship) {
    }

    /** A programme with the version an administrator's next update must carry. */
    public record VersionedProgramme(ProgrammeSummary programme, long version) {
    }

    public ProgrammeSummary defineProgramme(ProgrammeDefinition definition) {
        return define(definition).programme();
    }

    /**
     * Defines a programme and answers with its version. Flushed first, so the version is the one the database
     * holds, not the one before the insert.
     */
    public VersionedProgramme define(ProgrammeDefinition definition) {
        caller.requireAnyRole(Role.ADMIN);
        Violations.require(validator, definition);
        String code = definition.code().toUpperCase(Locale.ROOT);
        if (repository.programmeByCode(code).isPresent()) {
            throw new ConflictException("A programme with code " + code + " already exists");
        }
        Programme programme = repository.save(new Programme(code, definition.name().strip(), definition.country(),
                definition.relationship()));
        repository.flush();
        cache.invalidate();
        audit.record(AuditActions.CREATE, "programme", programme.getId(), "code " + code);
        return new VersionedProgramme(programme.summary(), programme.getVersion());
    }

    /**
     * Changes a programme's description. The version check here gives a clear message; the flush makes the
     * database's {@code UPDATE … WHERE version = ?} decide between two administrators saving at once, and the
     * answer carries the version that update wrote.
     */
    public VersionedProgramme redescribeProgramme(long id, long version, ProgrammeDefinition definition) {
        caller.requireAnyRole(Role.ADMIN);
        Violations.require(validator, definition);
        Programme programme = repository.programmeById(id).orElseThrow(() -> new NotFoundException("programme"));
        locks.forEdit(programme, version, "The programme was changed by someone else; reload it");
        programme.describe(definition.name().strip(), definition.country(), definition.relationship());
        repository.flush();
        audit.record(AuditActions.UPDATE, "programme", id, "name, country or relationship");
        return new VersionedProgramme(programme.summary(), programme.getVersion());
    }

    /** The programmes the caller may see, each with its version. */
    public List<VersionedProgramme> visibleVersionedProgrammes() {
        return repository.programmes().stream().filter(p -> caller.canSeeProgramme(p.getId()))
                .map(p -> new VersionedProgramme(p.summary(), p.getVersion())).toList();
    }

    /** The programmes the caller may see. */
    public List<ProgrammeSummary> visibleProgrammes() {
        return repository.programmes().stream().filter(p -> caller.canSeeProgramme(p.getId()))
                .map(Programme::summary).toList();
    }

    @Override
    public Optional<ProgrammeSummary> byCode(String code) {
        return code == null ? Optional.empty() : repository.programmeByCode(code.strip()).map(Programme::summary);
    }

    @Override
    public Optional<ProgrammeSummary> byId(long id) {
        return repository.programmeById(id).map(Programme::summary);
    }

    @Override
    public List<ProgrammeSummary> all() {
        return repository.programmes().stream().map(Programme::summary).toList();
    }
}
