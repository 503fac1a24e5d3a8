package io.tenantcrm.service.api.board;

import io.tenantcrm.core.board.PipelineBoard;
import io.tenantcrm.service.api.Json;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.deal.DealView;
import io.tenantcrm.service.api.deal.HealthView;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The pipeline board: the open deals the caller may see, a column per open stage, each with its health. */
@Path("/board")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class BoardResource {

    @Inject
    PipelineBoard board;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    public record CardView(DealView deal, HealthView health) {
    }

    public record ColumnView(String stage, String name, int probabilityPercent, int count, List<Json.MoneyJson> value,
                             List<CardView> cards) {
    }

    public record BoardView(List<ColumnView> columns) {
    }

    @GET
    @Operation(summary = "The pipeline board: a column per open stage with its count, value per currency and deals,"
            + " each rated for health, worst first",
            description = "Admins see every open deal, managers their team's and their own, reps their own.")
    public BoardView get() {
        PipelineBoard.Board seen = board.of(caller.tenant(), visibility.scope());
        return new BoardView(seen.columns().stream().map(column -> new ColumnView(column.stage().id().value(),
                column.stage().name(), column.stage().probabilityPercent(), column.cards().size(),
                column.value().stream().map(Json.MoneyJson::of).toList(),
                column.cards().stream().map(card -> new CardView(DealView.of(card.deal()),
                        HealthView.of(card.health()))).toList())).toList());
    }
}
