import { Migration } from '@mikro-orm/migrations';

export class Migration20261121092403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`login_throttle\` (\`key\` text not null, \`failures\` integer not null, \`window_started_at\` datetime not null, \`locked_until\` datetime null, primary key (\`key\`));`);

    this.addSql(`create table \`organization\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name\` text not null, \`name_search\` text not null, \`kind\` text check (\`kind\` in ('PROVINCIAL_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'PARTIAL_COMMITTEE', 'CELL')) not null, \`sector\` text check (\`sector\` in ('DISTRICT', 'TOWN', 'CITY', 'BLOC', 'ARMED_FORCES')) null, \`cell_type\` text check (\`cell_type\` in ('RESIDENTIAL', 'AGENCY', 'PUBLIC_SERVICE', 'ENTERPRISE', 'ARMED_FORCES', 'OTHER')) null, \`founded_on\` date not null, \`dissolved_on\` date null, \`parent_id\` integer null, \`path\` text not null, \`depth\` integer not null, \`root_id\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`organization_parent_id_foreign\` foreign key(\`parent_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create unique index \`organization_code_unique\` on \`organization\` (\`code\`);`);
    this.addSql(`create index \`organization_parent_id_index\` on \`organization\` (\`parent_id\`);`);
    this.addSql(`create index \`organization_path_index\` on \`organization\` (\`path\`);`);
    this.addSql(`create index \`organization_root_id_index\` on \`organization\` (\`root_id\`);`);

    this.addSql(`create table \`member\` (\`id\` integer not null primary key autoincrement, \`card_number\` text not null, \`full_name\` text not null, \`name_search\` text not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) not null, \`birth_date\` date not null, \`joined_on\` date not null, \`official_on\` date null, \`position\` text check (\`position\` in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER')) not null, \`status\` text check (\`status\` in ('ACTIVE', 'EXEMPT', 'TEMPORARILY_ELSEWHERE', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED')) not null, \`organization_id\` integer null, \`org_path\` text null, \`root_id\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`member_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create unique index \`member_card_number_unique\` on \`member\` (\`card_number\`);`);
    this.addSql(`create index \`member_organization_id_index\` on \`member\` (\`organization_id\`);`);
    this.addSql(`create index \`member_root_id_index\` on \`member\` (\`root_id\`);`);
    this.addSql(`create index \`member_org_path_index\` on \`member\` (\`org_path\`, \`status\`);`);

    this.addSql(`create table \`member_status_period\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`status\` text check (\`status\` in ('ACTIVE', 'EXEMPT', 'TEMPORARILY_ELSEWHERE', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED')) not null, \`root_id\` integer not null, \`valid_from\` date not null, \`valid_to\` date null, constraint \`member_status_period_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`member_status_period_member_id_index\` on \`member_status_period\` (\`member_id\`);`);
    this.addSql(`create index \`member_status_period_member_index\` on \`member_status_period\` (\`member_id\`, \`valid_from\`);`);

    this.addSql(`create table \`membership\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`organization_id\` integer not null, \`position\` text check (\`position\` in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER')) not null, \`root_id\` integer not null, \`valid_from\` date not null, \`valid_to\` date null, constraint \`membership_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete cascade on update cascade, constraint \`membership_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`membership_member_id_index\` on \`membership\` (\`member_id\`);`);
    this.addSql(`create index \`membership_organization_id_index\` on \`membership\` (\`organization_id\`);`);
    this.addSql(`create index \`membership_member_index\` on \`membership\` (\`member_id\`, \`valid_from\`);`);
    this.addSql(`create index \`membership_org_index\` on \`membership\` (\`organization_id\`, \`valid_from\`);`);

    this.addSql(`create table \`organization_link\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`parent_id\` integer null, \`path\` text not null, \`depth\` integer not null, \`root_id\` integer not null, \`valid_from\` date not null, \`valid_to\` date null, constraint \`organization_link_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade, constraint \`organization_link_parent_id_foreign\` foreign key(\`parent_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`organization_link_organization_id_index\` on \`organization_link\` (\`organization_id\`);`);
    this.addSql(`create index \`organization_link_parent_id_index\` on \`organization_link\` (\`parent_id\`);`);
    this.addSql(`create index \`organization_link_org_index\` on \`organization_link\` (\`organization_id\`, \`valid_from\`);`);
    this.addSql(`create index \`organization_link_parent_index\` on \`organization_link\` (\`parent_id\`, \`valid_from\`);`);
    this.addSql(`create index \`organization_link_path_index\` on \`organization_link\` (\`path\`, \`valid_from\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`active\` integer not null default true, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);

    this.addSql(`create table \`app_session\` (\`token_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`absolute_expires_at\` datetime not null, constraint \`app_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`app_session_user_id_index\` on \`app_session\` (\`user_id\`);`);

    this.addSql(`create table \`role_grant\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`role\` text check (\`role\` in ('ADMIN', 'STAFF', 'ANALYST', 'LEADER')) not null, \`organization_id\` integer null, \`created_at\` datetime not null, constraint \`role_grant_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`role_grant_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`role_grant_organization_id_index\` on \`role_grant\` (\`organization_id\`);`);
    this.addSql(`create index \`role_grant_user_id_index\` on \`role_grant\` (\`user_id\`);`);
  }

}
