package cn.ecc.web.internal.nodes;

import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.notices.Notice;
import cn.ecc.api.notices.NoticeService;
import cn.ecc.rest.Doc;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.RestActors;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/me/notices}: the inbox of whoever asks (their own notices and their roles'). */
@Component(service = NoticesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EccRest.APP_SELECT)
@JaxrsExtensionSelect(EccRest.JSON_SELECT)
@Path("/me/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    private final NoticeService notices;

    @Activate
    public NoticesResource(@Reference NoticeService notices) {
        this.notices = notices;
    }

    @GET
    @Doc(value = "我的提醒（本人及本人角色的；unread=true 只看未读；分页，新的在前）", returns = Page.class, of = Notice.class)
    public Page<Notice> inbox(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context SecurityContext security) {
        return notices.inbox(RestActors.actor(security), Boolean.TRUE.equals(Inputs.bool("unread", unread)),
                PageRequest.of(Inputs.integer("limit", limit), Inputs.integer("offset", offset)));
    }

    @POST
    @Path("/{id}/read")
    @Doc(value = "把一条提醒标为已读", returns = Notice.class)
    public Notice read(@PathParam("id") String id, @Context SecurityContext security) {
        return notices.markRead(Params.id("id", id), RestActors.actor(security));
    }
}
