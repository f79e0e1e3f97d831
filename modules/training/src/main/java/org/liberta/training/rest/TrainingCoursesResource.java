package org.liberta.training.rest;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.application.TrainingService.CourseView;
import org.liberta.training.internal.application.TrainingService.NewCourse;

/**
 * {@code GET/POST /training/courses}: {@code {"title","topic","objectives","audience","durationMinutes","assessment",
 * "scoreMin","scoreMax","validMonths"}} (scores default to 0–100; validMonths: how long a certificate lasts).
 */
@Path("training/courses")
@RequestScoped
public class TrainingCoursesResource {

    @Inject
    private TrainingService training;

    @GET
    public List<CourseView> courses() {
        return training.courses();
    }

    @POST
    public Response create(@NotNull NewCourse course) {
        CourseView created = training.createCourse(course);
        return Response.created(URI.create("training/courses/" + created.id())).entity(created).build();
    }
}
