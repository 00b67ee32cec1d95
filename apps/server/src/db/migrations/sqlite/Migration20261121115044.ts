import { Migration } from '@mikro-orm/migrations';

export class Migration20261121115044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`member_commitment\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`organization_id\` integer not null, \`year\` integer not null, \`kind\` text check (\`kind\` in ('TECHNICAL_INITIATIVE', 'CANDIDATE_INTRODUCED', 'OTHER')) not null, \`description\` text not null, \`target\` numeric(9,2) not null, \`result\` numeric(9,2) null, \`result_note\` text null, \`registered_on\` date not null, \`org_path\` text not null, \`root_id\` integer not null, \`lock_version\` integer not null default 1, \`created_at\` datetime not null, constraint \`member_commitment_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete restrict on update cascade, constraint \`member_commitment_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`member_commitment_member_id_index\` on \`member_commitment\` (\`member_id\`);`);
    this.addSql(`create index \`member_commitment_organization_id_index\` on \`member_commitment\` (\`organization_id\`);`);
    this.addSql(`create index \`member_commitment_member_index\` on \`member_commitment\` (\`member_id\`, \`year\`);`);
    this.addSql(`create index \`member_commitment_path_index\` on \`member_commitment\` (\`org_path\`, \`year\`, \`kind\`);`);

    this.addSql(`create table \`meeting\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`kind\` text check (\`kind\` in ('REGULAR', 'THEMATIC', 'REGULAR_WITH_THEMATIC', 'EXTRAORDINARY')) not null, \`date\` date not null, \`start_time\` text not null, \`end_time\` text not null, \`place\` text not null, \`topic\` text null, \`draft_resolution\` integer not null, \`full_minutes\` integer not null, \`notes\` text null, \`org_path\` text not null, \`root_id\` integer not null, \`eligible_count\` integer not null, \`present_count\` integer not null, \`excused_count\` integer not null, \`unexcused_count\` integer not null, \`duration_minutes\` integer not null, \`evening\` integer not null, \`in_window\` integer null, \`quality\` text check (\`quality\` in ('GOOD', 'FAIR', 'AVERAGE', 'POOR')) null, \`lock_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`meeting_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`meeting_organization_id_index\` on \`meeting\` (\`organization_id\`);`);
    this.addSql(`create index \`meeting_rollup_index\` on \`meeting\` (\`org_path\`, \`date\`, \`kind\`, \`eligible_count\`, \`present_count\`, \`excused_count\`, \`unexcused_count\`, \`evening\`, \`in_window\`, \`quality\`);`);
    this.addSql(`create index \`meeting_organization_date_index\` on \`meeting\` (\`organization_id\`, \`date\`);`);

    this.addSql(`create table \`attendance\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`member_id\` integer not null, \`status\` text check (\`status\` in ('PRESENT', 'EXCUSED', 'UNEXCUSED')) not null, \`reason\` text null, \`date\` date not null, \`org_path\` text not null, \`excused_streak\` integer not null default 0, constraint \`attendance_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`attendance_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`attendance_meeting_id_index\` on \`attendance\` (\`meeting_id\`);`);
    this.addSql(`create index \`attendance_member_id_index\` on \`attendance\` (\`member_id\`);`);
    this.addSql(`create index \`attendance_streak_index\` on \`attendance\` (\`excused_streak\`, \`org_path\`, \`date\`, \`member_id\`);`);
    this.addSql(`create index \`attendance_member_date_index\` on \`attendance\` (\`member_id\`, \`date\`);`);
    this.addSql(`create unique index \`attendance_meeting_member_unique\` on \`attendance\` (\`meeting_id\`, \`member_id\`);`);

    this.addSql(`create table \`award\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('CERTIFICATE_OF_MERIT', 'DIPLOMA_OF_MERIT', 'OTHER')) not null, \`organization_id\` integer not null, \`member_id\` integer null, \`conferred_by_id\` integer not null, \`awarded_on\` date not null, \`year\` integer not null, \`reason\` text not null, \`decision_number\` text null, \`org_path\` text not null, \`root_id\` integer not null, \`created_at\` datetime not null, constraint \`award_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`award_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete restrict on update cascade, constraint \`award_conferred_by_id_foreign\` foreign key(\`conferred_by_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`award_organization_id_index\` on \`award\` (\`organization_id\`);`);
    this.addSql(`create index \`award_conferred_by_id_index\` on \`award\` (\`conferred_by_id\`);`);
    this.addSql(`create index \`award_member_index\` on \`award\` (\`member_id\`);`);
    this.addSql(`create index \`award_path_index\` on \`award\` (\`org_path\`, \`year\`, \`kind\`);`);

    this.addSql(`create table \`oversight_assignment\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`committee_id\` integer not null, \`member_id\` integer null, \`full_name\` text not null, \`title\` text null, \`from_date\` date not null, \`to_date\` date null, \`required_per_year\` integer not null default 2, \`org_path\` text not null, \`root_id\` integer not null, \`lock_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`oversight_assignment_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`oversight_assignment_committee_id_foreign\` foreign key(\`committee_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`oversight_assignment_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`oversight_assignment_organization_id_index\` on \`oversight_assignment\` (\`organization_id\`);`);
    this.addSql(`create index \`oversight_assignment_committee_id_index\` on \`oversight_assignment\` (\`committee_id\`);`);
    this.addSql(`create index \`oversight_assignment_member_id_index\` on \`oversight_assignment\` (\`member_id\`);`);
    this.addSql(`create index \`oversight_assignment_committee_index\` on \`oversight_assignment\` (\`committee_id\`, \`from_date\`);`);
    this.addSql(`create index \`oversight_assignment_path_index\` on \`oversight_assignment\` (\`org_path\`, \`from_date\`);`);

    this.addSql(`create table \`meeting_guest\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`assignment_id\` integer null, \`full_name\` text not null, \`title\` text null, \`date\` date not null, constraint \`meeting_guest_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`meeting_guest_assignment_id_foreign\` foreign key(\`assignment_id\`) references \`oversight_assignment\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`meeting_guest_meeting_id_index\` on \`meeting_guest\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_guest_assignment_id_index\` on \`meeting_guest\` (\`assignment_id\`);`);
    this.addSql(`create index \`meeting_guest_assignment_index\` on \`meeting_guest\` (\`assignment_id\`, \`date\`);`);

    this.addSql(`create table \`recommendation\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`meeting_id\` integer null, \`text\` text not null, \`raised_by\` text not null, \`raised_on\` date not null, \`escalated_to_id\` integer null, \`escalated_on\` date null, \`status\` text check (\`status\` in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'DECLINED')) not null default 'OPEN', \`resolution_note\` text null, \`closed_on\` date null, \`org_path\` text not null, \`root_id\` integer not null, \`lock_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`recommendation_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`recommendation_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete set null on update cascade, constraint \`recommendation_escalated_to_id_foreign\` foreign key(\`escalated_to_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`recommendation_organization_id_index\` on \`recommendation\` (\`organization_id\`);`);
    this.addSql(`create index \`recommendation_meeting_id_index\` on \`recommendation\` (\`meeting_id\`);`);
    this.addSql(`create index \`recommendation_escalated_to_id_index\` on \`recommendation\` (\`escalated_to_id\`);`);
    this.addSql(`create index \`recommendation_rollup_index\` on \`recommendation\` (\`org_path\`, \`status\`, \`raised_on\`);`);

    this.addSql(`alter table \`organization\` add column \`meeting_day_from\` integer null;`);
    this.addSql(`alter table \`organization\` add column \`meeting_day_to\` integer null;`);

    // Hand-written (MikroORM 6 proposes a table rebuild for these): new nullable/defaulted columns
    // are plain ADD COLUMNs on SQLite, and the unique rule is a unique index.
    this.addSql(`alter table \`assessment\` add column \`meeting_id\` integer null references \`meeting\`(\`id\`) on delete cascade on update cascade;`);
    this.addSql(`alter table \`assessment\` add column \`meeting_key\` integer not null default 0;`);
    this.addSql(`create index \`assessment_meeting_id_index\` on \`assessment\` (\`meeting_id\`);`);
    this.addSql(`drop index \`assessment_subject_unique\`;`);
    this.addSql(`create unique index \`assessment_subject_unique\` on \`assessment\` (\`organization_id\`, \`member_key\`, \`meeting_key\`, \`model\`, \`period\`);`);
    this.addSql(`alter table \`assessment_score\` add column \`metric_value\` numeric(12,4) null;`);
    this.addSql(`alter table \`assessment_score\` add column \`metric_points\` numeric(7,2) null;`);
    this.addSql(`alter table \`assessment_score\` add column \`metric_yes\` integer null;`);
    this.addSql(`alter table \`assessment_score\` add column \`metric_detail\` json null;`);

  }

}
