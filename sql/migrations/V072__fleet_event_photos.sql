-- Purpose: photos of vehicle events (issue 17), stored in the database with a size limit, a small
--          thumbnail made by the client, and when and where the picture was taken (from its EXIF).
-- Rollback: U072__fleet_event_photos.sql
-- Estimated time: instant (new objects only).
create table fleet.event_photo (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    event_id     uuid not null,
    event_at     timestamptz not null,
    file_name    text check (length(file_name) <= 200),
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    content      bytea not null,
    thumbnail    bytea not null,
    width        int not null check (width between 1 and 20000),
    height       int not null check (height between 1 and 20000),
    -- From the picture's own metadata where it has them; not the event's time and place.
    taken_at     timestamptz,
    latitude     numeric(9, 6) check (latitude between -90 and 90),
    longitude    numeric(9, 6) check (longitude between -180 and 180),
    deleted_at   timestamptz,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, event_id, event_at) references fleet.vehicle_event (tenant_id, id, occurred_at)
        on update cascade,
    -- 5 MiB: a phone's photo of a dent or a receipt; the client checks the file before sending it.
    constraint photo_size check (octet_length(content) between 1 and 5242880),
    constraint photo_thumbnail_size check (octet_length(thumbnail) between 1 and 65536),
    constraint photo_coordinates check ((latitude is null) = (longitude is null))
);
-- JPEG and PNG are compressed already: store them out of line without trying to compress again.
alter table fleet.event_photo alter column content set storage external;
create index event_photo_event on fleet.event_photo (tenant_id, event_id) where deleted_at is null;
select core.enable_tenant_rls('fleet.event_photo');
-- Stamps and versions, but not core's audit trigger, which would copy each picture into the audit
-- log as JSON; a photo is never edited, only added and (softly) deleted, which the stamps record.
create trigger stamp_row before insert or update on fleet.event_photo
    for each row execute function core.stamp_row();
select core.track_data_version('fleet.event_photo', 'fleet');

grant select on fleet.event_photo to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
-- Drivers photograph the damage and the receipt; those who keep the fleet correct remove a wrong one.
grant insert on fleet.event_photo to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant update (deleted_at) on fleet.event_photo to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician;
