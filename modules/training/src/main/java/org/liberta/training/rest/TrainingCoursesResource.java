package org.liberta.training.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.application.TrainingService.CourseDetail;
import org.liberta.training.internal.application.TrainingService.NewCourse;

/**
 * {@code GET/POST /training/courses}: {@code {"title","topic","objectives","audience","durationMinutes","assessment",
 * "scoreMin","scoreMax","validMonths"}} (scores default to 0–100; validMonths: how long a certificate lasts);
 * {@code PUT /training/courses/{id}} revises one.
 */
@Path("training/courses")
@RequestScoped
public class TrainingCoursesResource {

    @Inject
    private TrainingService training;

    @GET
    public List<CourseDetail> courses() {
        return training.courses();
    }

    /** The same fields plus {@code version} (the one the editor saw; a stale one is 409). */
    public record CourseChange(String title, String topic, String objectives, String audience, Integer durationMinutes,
            String assessment, Integer scoreMin, Integer scoreMax, Integer validMonths, Long version) {
    }

    @PUT
    @Path("{id}")
    public CourseDetail revise(@PathParam("id") long id, @NotNull CourseChange c) {
        return training.reviseCourse(id, new NewCourse(c.title(), c.topic(), c.objectives(), c.audience(),
                c.durationMinutes(), c.assessment(), c.scoreMin(), c.scoreMax(), c.validMonths()), c.version());
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = CourseDetail.class)))
    public Response create(@NotNull NewCourse course) {
        CourseDetail created = training.createCourse(course);
        return Response.created(URI.create("training/courses/" + created.id())).entity(created).build();
    }
}
